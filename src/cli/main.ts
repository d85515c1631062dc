#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
// The engine is loaded piece by piece: the profile parser (and zod with it) only for a profile file,
// the readers only when files are checked in this thread. Checking threads load their own.
import { builtInProfiles } from "../core/profile/builtin";
import type { Profile } from "../core/profile/schema";
import { ruleMetas } from "../core/rules/metadata";
import { parseArgs, UsageError, USAGE } from "./args";
import type { Concurrency, Options } from "./args";
import { formatRun } from "./format";
import { failingFindings } from "./format/model";
import type { CheckRun, FileResult } from "./format/model";
import { showsRegister } from "./format/names";
import { printable } from "./format/printable";
import { hasGlobMagic } from "./glob";
import { collectInputs, hasCheckedExtension } from "./inputs";
import type { Input } from "./inputs";
import type { CheckSettings } from "./check-file";
import type { CheckPool } from "./pool";
import { ProgressBar } from "./progress";
import type { ProgressStream } from "./progress";

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

/** Files read at once in this thread (--concurrency off or a small run): reading overlaps disk waits; checking is quick next to it. */
const IN_PROCESS_CONCURRENCY = 4;

/**
 * With auto, from this many files a thread per core but one reads them: fewer gain less from another
 * core than starting and warming up its thread costs (bench/cli-process.bench.mjs).
 */
const MIN_FILES_FOR_THREADS = 16;

/**
 * With --concurrency off, V8's own collector and compiler threads already keep about a third of a
 * second core busy, and each checking thread compiles the reader and the engine afresh and hands its
 * results back: below this many cores a thread per core but one is one thread.
 */
const MIN_CORES_FOR_THREADS = 3;

/**
 * On two cores, from this many files two checking threads finish sooner than one: measured on the
 * 265-record register repeated, 265 files took 1.83 s with one and 1.93 s with two, 530 files 3.5 s
 * and 3.1 s, 1,060 files 6.5 s and 4.9 s (--concurrency off: 1.47, 2.6 and 5.6 s).
 */
const MIN_FILES_FOR_TWO_THREADS_ON_TWO_CORES = 512;

/** The compiled checking thread's script sits beside this file; run from the TypeScript sources there is none, and files are checked in this thread. */
const CHECKING_SCRIPT = join(__dirname, "check-worker.js");

export function version(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

async function loadProfile(name: string, cwd: string): Promise<Profile> {
  if (Object.hasOwn(builtInProfiles, name)) return builtInProfiles[name];
  const path = resolve(cwd, name);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(
      `--profile ${printable(name)} is neither a built-in profile (${Object.keys(builtInProfiles).join(", ")}) nor a profile file that can be read`,
    );
  }
  let json: unknown;
  try {
    // Notepad and PowerShell save UTF-8 with a byte-order mark; JSON.parse would call it an unexpected token.
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`profile ${printable(name)} is not valid JSON: ${printable((error as Error).message)}`);
  }
  const { parseProfile, ProfileError } = await import("../core/profile/parse");
  try {
    return parseProfile(json);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    const lines = error.issues.map((issue) => `- ${printable(issue.path) || "(the whole file)"}: ${printable(issue.message)}`);
    throw new UsageError(`profile ${printable(name)}: The council profile is not valid:\n${lines.join("\n")}`);
  }
}

/**
 * How many checking threads read the files; 0 means none (this thread reads them). With auto, one file
 * is read here; two or more are read by checking threads, each file under its memory and time limits, so
 * that one file cannot take down the run (one thread costs about a fifth more time than none on the
 * 265-record bench); a large run gets a thread per core but one on three cores or more, two threads on two.
 */
export function threadCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === "off" || files === 0) return 0;
  if (concurrency !== "auto") return Math.min(concurrency, files);
  if (files === 1) return 0;
  if (cores >= MIN_CORES_FOR_THREADS && files >= MIN_FILES_FOR_THREADS) return cores - 1;
  if (cores === 2 && files >= MIN_FILES_FOR_TWO_THREADS_ON_TWO_CORES) return 2;
  return 1;
}

async function checkInThisThread(inputs: Input[], settings: CheckSettings, done: (index: number) => void): Promise<FileResult[]> {
  const { checkFile } = await import("./check-file");
  const results = new Array<FileResult>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      const input = inputs[index];
      results[index] = input.file === undefined ? unchecked(input) : await checkFile(input.file, input.display, settings);
      done(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_PROCESS_CONCURRENCY, inputs.length) }, worker));
  return results;
}

function unchecked(input: Input): FileResult {
  return { path: input.display, paragraphs: new Map(), error: input.error };
}

async function checkInPool(inputs: Input[], pool: CheckPool, done: (index: number) => void): Promise<FileResult[]> {
  return Promise.all(
    inputs.map(async (input, index) => {
      const result = input.file === undefined ? unchecked(input) : await pool.check(input.file, input.display);
      done(index);
      return result;
    }),
  );
}

async function checkAll(inputs: Input[], settings: CheckSettings, pool: CheckPool | undefined, progress: ProgressBar | undefined): Promise<FileResult[]> {
  let count = 0;
  const done = (index: number): void => progress?.update(++count, inputs[index].display);
  const results = pool === undefined ? await checkInThisThread(inputs, settings, done) : await checkInPool(inputs, pool, done);
  progress?.finish();
  return results;
}

function wantsColour(options: Options, io: Io): boolean {
  return options.output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

/**
 * Writing the report over a record would destroy it: the output must not be one of the inputs, by
 * its path or by another name for the same file (a link), which shares its device and inode.
 */
async function refuseOutputOverInput(output: string, inputs: Input[], cwd: string): Promise<void> {
  const path = resolve(cwd, output);
  const target = await stat(path).catch(() => undefined);
  for (const input of inputs) {
    if (input.file === undefined) continue;
    const info = input.file === path || target === undefined ? undefined : await stat(input.file).catch(() => undefined);
    if (input.file === path || (info !== undefined && info.dev === target?.dev && info.ino === target.ino)) {
      throw new UsageError(`--output ${printable(output)} is one of the files being checked; write the report to another file`);
    }
  }
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
  const settings: CheckSettings = { profile, register: showsRegister(options.format) };
  const canUseThreads = options.concurrency !== "off" && existsSync(CHECKING_SCRIPT);
  // A thread takes about 70 ms to load: started now, it loads while the folders are walked.
  let pool = canUseThreads && mayNameSeveralFiles(options.inputs) ? await startPool(settings) : undefined;
  pool?.resize(1);
  try {
    const inputs = await collectInputs(options.inputs, io.cwd, { followSymlinks: options.followSymlinks });
    if (options.output !== undefined) await refuseOutputOverInput(options.output, inputs, io.cwd);
    const threads = canUseThreads ? threadCount(options.concurrency, inputs.filter((input) => input.file !== undefined).length) : 0;
    if (threads === 0) {
      pool?.close();
      pool = undefined;
    } else {
      pool ??= await startPool(settings);
      pool.resize(threads);
    }
    return await report(options, io, settings, inputs, pool);
  } finally {
    pool?.close();
  }
}

/** The pool is loaded only when threads are wanted: worker_threads is not needed to read in this thread. */
async function startPool(settings: CheckSettings): Promise<CheckPool> {
  const { CheckPool } = await import("./pool");
  return new CheckPool(CHECKING_SCRIPT, settings);
}

/**
 * Whether the command line may name more than one file: several inputs, a folder or a pattern. One named file never
 * needs a thread (a folder named like a file only gets its thread a little later).
 */
export function mayNameSeveralFiles(inputs: string[]): boolean {
  if (inputs.length !== 1) return inputs.length > 1;
  const [input] = inputs;
  return hasGlobMagic(input) || !hasCheckedExtension(input);
}

async function report(options: Options, io: Io, settings: CheckSettings, inputs: Input[], pool: CheckPool | undefined): Promise<number> {
  const progress = io.stderr.isTTY === true && inputs.length > 1 ? new ProgressBar(io.stderr, inputs.length) : undefined;
  const files = await checkAll(inputs, settings, pool, progress);
  const { profile } = settings;
  const checkRun: CheckRun = { profile, rules: ruleMetas, files, failOn: options.failOn, version: version() };
  const report = await formatRun(options.format, checkRun, { colour: wantsColour(options, io) });

  // The text report already names unreadable files; machine formats and files get a line on stderr too.
  if (options.format !== "text" || options.output !== undefined) {
    for (const file of files) if (file.error !== undefined) io.stderr.write(`rod-check: ${printable(file.path)} ${printable(file.error)}\n`);
  }
  if (options.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, options.output), report, "utf8");
    } catch (error) {
      io.stderr.write(`rod-check: cannot write the report to ${printable(options.output)} (${printable((error as NodeJS.ErrnoException).code ?? String(error))})\n`);
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
    io.stderr.write(`rod-check: ${printable((error as Error).message ?? String(error))}\n`);
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
