// rod-check against hostile files: each one beside a good record, as a whole process, with its time and peak memory.
// Target: every run within 10 s and 512 MB, no V8 fatal error or stack trace, the good record still reported.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const hostile = join(root, "test", "fixtures", "hostile");
const GOOD = "good-record.txt";
/** A run still going after this long is killed and reported as such: some inputs ran for minutes before the caps. */
const KILL_AFTER_SECONDS = 90;
const TARGET_SECONDS = 10;
const TARGET_MB = 512;
const MiB = 1024 * 1024;

/**
 * Each case: a label, the hostile files it puts beside the good record (fixtures, or built here when too
 * big to keep), and any line the output must not hold (a line the file tries to forge).
 */
const CASES = [
  ["d1 label bomb (w:start 2^31-1, letters)", ["d1-label-bomb.docx"]],
  ["d1b lvlText bomb (%1 x 3,000,000)", ["d1b-lvltext-bomb.docx"]],
  ["d2 nested namespace scopes", ["d2-ns-nested.docx"]],
  ["d2b sibling namespace scopes", ["d2b-ns-siblings.docx"]],
  ["d3 44.5 M empty paragraphs", ["d3-empty-paras.docx"]],
  ["d3 twice in one run", ["d3-empty-paras.docx", "d3-copy.docx"]],
  ["d4 open fields x runs", ["d4-fields.docx"]],
  ["44 M empty runs in one paragraph", ["x1-runs-flood.docx"]],
  ["a 250 MiB attribute value", ["x2-long-attribute.docx"]],
  ["64 MiB of short lines (.txt)", ["short-lines.txt"]],
  ["d6 terminal escapes (.txt)", ["d6-ansi.txt"]],
  ["d6 newline in a relationship target", ["d6-rels-newline.docx"], "records/other.docx passes (nothing at or above --fail-on error)"],
  ["d8 deleted paragraph mark", ["d8-deleted-paragraph.docx"]],
];

function prepare(dir) {
  for (const [, files] of CASES) {
    for (const file of files) {
      if (existsSync(join(hostile, file))) copyFileSync(join(hostile, file), join(dir, file));
    }
  }
  copyFileSync(join(hostile, "d3-empty-paras.docx"), join(dir, "d3-copy.docx"));
  writeFileSync(join(dir, "short-lines.txt"), Buffer.alloc(64 * MiB, "a\n"));
  copyFileSync(join(root, "src", "workbench", "records", "kent-send-strategy-2021.txt"), join(dir, GOOD));
}

/**
 * Runs the command under GNU time (elapsed seconds, peak resident memory of the whole process tree) and
 * GNU timeout, so a run that would not end still yields its figures.
 */
function run(dir, files) {
  const figures = join(dir, "time.txt");
  const args = ["-f", "%e %M", "-o", figures, "timeout", "--foreground", "-s", "KILL", String(KILL_AFTER_SECONDS), process.execPath, join(root, "build", "cli", "main.js"), ...files, GOOD];
  return new Promise((resolve) => {
    const child = spawn("/usr/bin/time", args, { cwd: dir });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("close", (code) => {
      const lastLine = readFileSync(figures, "utf8").trim().split("\n").pop();
      const [seconds, kilobytes] = lastLine.split(" ").map(Number);
      resolve({ code, seconds, megabytes: kilobytes / 1024, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

function verdict({ code, seconds, megabytes, stdout, stderr }, forged) {
  const notes = [];
  if (forged && (stdout + stderr).split("\n").includes(forged)) notes.push("forged line in output");
  if (seconds >= KILL_AFTER_SECONDS) notes.push(`killed at ${KILL_AFTER_SECONDS} s`);
  else if (code !== 0 && code !== 1 && code !== 2) notes.push(`exit ${code}`);
  if (/FATAL ERROR|heap out of memory/.test(stderr)) notes.push("V8 fatal error");
  if (/\n\s+at /.test(stderr)) notes.push("stack trace");
  if (!stdout.split("\n").includes(GOOD)) notes.push("good record NOT reported");
  if (/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/.test(stdout + stderr)) notes.push("raw control characters in output");
  const withinTarget = seconds <= TARGET_SECONDS && megabytes <= TARGET_MB && notes.length === 0;
  return `${withinTarget ? "ok" : "OVER"}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

export default async function bench() {
  if (!existsSync("/usr/bin/time") || !existsSync(join(root, "build", "cli", "main.js"))) {
    console.log("skipped: needs GNU time at /usr/bin/time and the Node build (npm run build:node)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "rod-check-hostile-"));
  try {
    prepare(dir);
    console.log(`each beside ${GOOD}; target ≤ ${TARGET_SECONDS} s and ≤ ${TARGET_MB} MB, exit 0-2, good record reported`);
    for (const [label, files, forged] of CASES) {
      const result = await run(dir, files);
      console.log(
        `  ${label.padEnd(42)} ${result.seconds.toFixed(2).padStart(6)} s ${result.megabytes.toFixed(0).padStart(6)} MB  exit ${String(result.code).padStart(3)}  ${verdict(result, forged)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
