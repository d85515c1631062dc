#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { builtInProfiles, checkDocument, parseProfile, ProfileError, ruleMetas } from "../core";
import type { Profile } from "../core";
import { parseArgs, UsageError, USAGE } from "./args";
import type { Options } from "./args";
import { formatRun } from "./format";
import { failingFindings } from "./format/model";
import type { CheckRun, FileResult } from "./format/model";
import { collectInputs } from "./inputs";
import type { Input } from "./inputs";
import { ProgressBar } from "./progress";
import type { ProgressStream } from "./progress";
import { isInputError, readDocument } from "./readers";

export interface OutputStream extends ProgressStream {
  write(text: string): unknown;
}

/** Everything the command touches outside itself, so tests can run it in-process. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** Files read at once: reading overlaps disk waits; checking is quick next to it. */
const CONCURRENCY = 4;

export function version(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

async function loadProfile(name: string, cwd: string): Promise<Profile> {
  const builtIn = builtInProfiles[name];
  if (builtIn) return builtIn;
  const path = resolve(cwd, name);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(
      `--profile ${name} is neither a built-in profile (${Object.keys(builtInProfiles).join(", ")}) nor a profile file that can be read`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`profile ${name} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseProfile(json);
  } catch (error) {
    if (error instanceof ProfileError) throw new UsageError(`profile ${name}: ${error.message}`);
    throw error;
  }
}

async function checkFile(input: Input, profile: Profile): Promise<FileResult> {
  const result: FileResult = { path: input.display, paragraphs: new Map() };
  if (input.file === undefined) return { ...result, error: input.error };
  try {
    const snapshot = await readDocument(input.file);
    const report = checkDocument(snapshot, profile);
    for (const finding of report.findings) {
      const block = finding.location?.block;
      if (block !== undefined) result.paragraphs.set(block, snapshot.blocks[block]?.text ?? "");
    }
    return { ...result, report };
  } catch (error) {
    if (isInputError(error)) return { ...result, error: error.message };
    return { ...result, error: `could not be checked: ${(error as Error).message ?? String(error)}` };
  }
}

async function checkAll(inputs: Input[], profile: Profile, progress: ProgressBar | undefined): Promise<FileResult[]> {
  const results = new Array<FileResult>(inputs.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await checkFile(inputs[index], profile);
      progress?.update(++done, inputs[index].display);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, inputs.length) }, worker));
  progress?.finish();
  return results;
}

function wantsColour(options: Options, io: Io): boolean {
  return options.output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

async function run(options: Options, io: Io): Promise<number> {
  if (options.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const profile = await loadProfile(options.profile, io.cwd);
  const inputs = await collectInputs(options.inputs, io.cwd);
  const progress = io.stderr.isTTY === true && inputs.length > 1 ? new ProgressBar(io.stderr, inputs.length) : undefined;
  const files = await checkAll(inputs, profile, progress);
  const checkRun: CheckRun = { profile, rules: ruleMetas, files, failOn: options.failOn, version: version() };
  const report = formatRun(options.format, checkRun, { colour: wantsColour(options, io) });

  // The text report already names unreadable files; machine formats and files get a line on stderr too.
  if (options.format !== "text" || options.output !== undefined) {
    for (const file of files) if (file.error !== undefined) io.stderr.write(`rod-check: ${file.path} ${file.error}\n`);
  }
  if (options.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, options.output), report, "utf8");
    } catch (error) {
      io.stderr.write(`rod-check: cannot write the report to ${options.output} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      return EXIT_TROUBLE;
    }
  } else {
    io.stdout.write(report);
  }

  if (files.some((file) => file.error !== undefined)) return EXIT_TROUBLE;
  return files.some((file) => failingFindings(file, options.failOn).length > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** Runs rod-check with the given arguments and returns the exit code; it never throws for bad input. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`rod-check: ${error.message}\nRun "rod-check --help" for usage.\n`);
      return EXIT_TROUBLE;
    }
    io.stderr.write(`rod-check: ${(error as Error).message ?? String(error)}\n`);
    return EXIT_TROUBLE;
  }
}

if (require.main === module) {
  // A closed pipe (rod-check … | head) is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
