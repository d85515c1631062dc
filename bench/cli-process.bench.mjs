// rod-check as people run it, a whole process each time: against mammoth.extractRawText in its own
// process on the same 265 records, and --concurrency off against auto. Also garbage-collection time,
// the default text report, and where the time goes: V8's warm-up against the work, per process and per thread.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { hundredPageRecord, root, weekOfRecords } from "./cli-corpus.mjs";

const ROUNDS = 5;
// ROD_CHECK_BUILD names another compiled build/ (an earlier commit's), to measure before and after.
const build = process.env.ROD_CHECK_BUILD ?? join(root, "build");
const bin = join(build, "cli", "main.js");

/** Every .docx in the folder through mammoth.extractRawText, one after another, as a script would. */
const MAMMOTH_SCRIPT = `
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const mammoth = require(${JSON.stringify(join(root, "node_modules", "mammoth"))});
const folder = process.argv[2];
(async () => {
  let characters = 0;
  for (const name of readdirSync(folder).sort()) characters += (await mammoth.extractRawText({ path: join(folder, name) })).value.length;
  process.stdout.write(String(characters));
})();
`;

/**
 * Processor time (ms) of the finished children of this process and their own finished children, where
 * Linux reports it (fields 16 and 17 of /proc/self/stat, in 1/100 s): on a busy machine the clock
 * measures the neighbours as much as the command, processor time measures the command.
 */
function childrenProcessorTime() {
  try {
    const stat = readFileSync("/proc/self/stat", "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs node with `args`, what it prints going to a file as a report kept by a script would
 * (`> report.json`): taking it through a pipe into this process would time the bench's own reading and
 * decoding of rod-check's 5.4 MB JSON report (50-200 ms here, median of 9) as rod-check's. Read back after the clock stops.
 */
function timed(args) {
  const output = join(tmpdir(), `rod-check-bench-${process.pid}.out`);
  const descriptor = openSync(output, "w");
  const cpuBefore = childrenProcessorTime();
  const started = performance.now();
  let result;
  try {
    result = spawnSync(process.execPath, args, { stdio: ["ignore", descriptor, "pipe"], encoding: "utf8" });
  } finally {
    closeSync(descriptor);
  }
  const milliseconds = performance.now() - started;
  const cpu = childrenProcessorTime() - cpuBefore;
  if (result.status === null || result.status > 1) throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  const stdout = readFileSync(output, "utf8");
  rmSync(output, { force: true });
  return { milliseconds, cpu, stdout, stderr: result.stderr };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median clock and processor time of each command, taking turns round by round so each sees the same machine load. */
function race(commands, rounds) {
  const samples = commands.map(() => ({ wall: [], cpu: [] }));
  for (let round = 0; round <= rounds; round++) {
    for (const [index, args] of commands.entries()) {
      const { milliseconds, cpu } = timed(args);
      if (round > 0) {
        // round 0 fills the disk cache
        samples[index].wall.push(milliseconds);
        samples[index].cpu.push(cpu);
      }
    }
  }
  return samples.map(({ wall, cpu }) => ({ wall: median(wall), cpu: median(cpu) }));
}

/**
 * Collections V8 reports with --trace-gc, and their pauses, checking threads' included (V8 prints them
 * for every thread of the process). Counts do not depend on how busy the machine is; pauses do.
 */
function garbageCollection(args) {
  const { stdout } = timed(["--trace-gc", ...args]);
  let pause = 0;
  for (const match of stdout.matchAll(/MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms/g)) pause += Number(match[1]);
  const count = (kind) => stdout.split("\n").filter((line) => line.includes(kind)).length;
  return `${count("Scavenge")} scavenges, ${count("Mark-Compact")} mark-compacts, ${pause.toFixed(0)} ms of pauses`;
}

function rodCheck(folder, concurrency, format = "json") {
  const args = format === "text" ? [bin, folder] : [bin, folder, "--format", format];
  return concurrency === undefined ? args : [...args, "--concurrency", concurrency];
}

/**
 * The same records read and checked twice over in one fresh process, one file after another: the first
 * pass runs while V8 is still compiling (every process, and every checking thread, pays for that once),
 * the second on code already optimised.
 */
const TWO_PASSES_SCRIPT = `
const { readdirSync } = require("node:fs");
const { join } = require("node:path");
const { checkFile } = require(${JSON.stringify(join(build, "cli", "check-file.js"))});
const { defaultProfile } = require(${JSON.stringify(join(build, "core", "profile", "builtin.js"))});
const folder = process.argv[2];
const files = readdirSync(folder).sort().map((name) => join(folder, name));
(async () => {
  const passes = [];
  for (let pass = 0; pass < 2; pass++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const file of files) {
      const result = await checkFile(file, file, { profile: defaultProfile, register: true });
      if (result.error !== undefined) throw new Error(\`\${file} \${result.error}\`);
    }
    const used = process.cpuUsage(cpu);
    passes.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
  }
  process.stdout.write(JSON.stringify(passes));
})();
`;

/**
 * Why splitting the work over two cores gains so little: V8's warm-up, paid again by every checking
 * thread, against the work itself. `off` and `two` are the race's figures for --concurrency off and 2.
 */
function whereTheTimeGoes(dir, folder, off, two) {
  const script = join(dir, "two-passes.cjs");
  writeFileSync(script, TWO_PASSES_SCRIPT);
  const [first, second] = JSON.parse(timed([script, folder]).stdout);
  // V8's compiler and collector threads folded into the one thread: all the processor time off needs.
  const [folded] = race([["--single-threaded", ...rodCheck(folder, "off")]], 3);
  const perThread = (two.cpu - off.cpu) / 2;
  const floor = (off.cpu + perThread) / 2;
  console.log("where the time goes (same records):");
  console.log(`  read and checked in one process, a first time ${first.wall.toFixed(0)} ms (${first.cpu.toFixed(0)} ms processor, V8 still compiling), a second time ${second.wall.toFixed(0)} ms (${second.cpu.toFixed(0)} ms)`);
  console.log(`  --concurrency off: ${off.wall.toFixed(0)} ms on the clock with ${off.cpu.toFixed(0)} ms of processor time (V8's own threads on the second core); all of it in one thread: ${folded.wall.toFixed(0)} ms`);
  console.log(`  each checking thread adds about ${perThread.toFixed(0)} ms of processor time (its start, its own warm-up and compiling, handing results back)`);
  console.log(`  so on two cores a split into two readers cannot take less than (${off.cpu.toFixed(0)} + ${perThread.toFixed(0)}) / 2 = ${floor.toFixed(0)} ms: at most ${(off.wall / floor).toFixed(2)}x faster than off`);
}

export default async function bench() {
  const dir = mkdtempSync(join(tmpdir(), "rod-check-process-"));
  try {
    const folder = join(dir, "register");
    mkdirSync(folder);
    for (let week = 0; week < 20; week++) {
      for (const [index, bytes] of (await weekOfRecords(week)).entries()) writeFileSync(join(folder, `week-${String(week).padStart(2, "0")}-rod-${String(index).padStart(2, "0")}.docx`), bytes);
    }
    for (let index = 0; index < 5; index++) writeFileSync(join(folder, `long-${index}.docx`), await hundredPageRecord(100 + index));
    const mammothScript = join(dir, "mammoth-extract.cjs");
    writeFileSync(mammothScript, MAMMOTH_SCRIPT);

    const supportsConcurrency = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" }).stdout.includes("--concurrency");
    // "2": two checking threads whatever auto chooses, so the figure for threads is there on two cores too.
    const modes = supportsConcurrency ? ["off", "auto", "2"] : [undefined];
    const commands = [[mammothScript, folder], ...modes.map((mode) => rodCheck(folder, mode))];
    const [mammoth, ...ours] = race(commands, ROUNDS);
    const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    console.log(`whole process, 265 .docx records (260 register records, five of about 100 pages), median of ${ROUNDS} runs, taking turns (load average ${load}):`);
    console.log(`  mammoth.extractRawText        ${mammoth.wall.toFixed(0)} ms on the clock, ${mammoth.cpu.toFixed(0)} ms of processor time`);
    for (const [index, mode] of modes.entries()) {
      const label = mode === undefined ? "rod-check" : `rod-check --concurrency ${mode}`;
      const { wall, cpu } = ours[index];
      console.log(`  ${label.padEnd(29)} ${wall.toFixed(0)} ms on the clock (${(wall / mammoth.wall).toFixed(2)}x mammoth, goal 0.33x), ${cpu.toFixed(0)} ms of processor time (${(cpu / mammoth.cpu).toFixed(2)}x)`);
    }
    if (supportsConcurrency) {
      console.log(`  auto takes ${(ours[0].wall / ours[1].wall).toFixed(2)}x less time on the clock than off (goal 1.5x); two threads ${(ours[0].wall / ours[2].wall).toFixed(2)}x`);
    }
    for (const mode of modes) console.log(`  garbage collection${mode === undefined ? "" : ` with --concurrency ${mode}`}: ${garbageCollection(rodCheck(folder, mode))}`);

    if (supportsConcurrency) {
      // The report people get by default is text; JSON above carries the whole register besides.
      const [textOff, textAuto] = race([rodCheck(folder, "off", "text"), rodCheck(folder, "auto", "text")], ROUNDS);
      console.log(`  the default text report: off ${textOff.wall.toFixed(0)} ms (${(textOff.wall / mammoth.wall).toFixed(2)}x mammoth), auto ${textAuto.wall.toFixed(0)} ms (${(textAuto.wall / mammoth.wall).toFixed(2)}x)`);
    }

    if (supportsConcurrency) {
      // Where checking threads start to pay: register records read in this thread, by one checking thread, by two.
      const week = await weekOfRecords(0);
      for (const count of [2, 8, 16, 32, 64, 128]) {
        const few = join(dir, `few-${count}`);
        mkdirSync(few);
        for (let index = 0; index < count; index++) writeFileSync(join(few, `rod-${String(index).padStart(3, "0")}.docx`), week[index % week.length]);
        const [off, one, two] = race([rodCheck(few, "off"), rodCheck(few, "1"), rodCheck(few, "2")], 3);
        const show = ({ wall, cpu }) => `${wall.toFixed(0)} ms (${cpu.toFixed(0)} ms processor)`;
        console.log(`  ${String(count).padStart(3)} register records: off ${show(off)}, one thread ${show(one)}, two ${show(two)}`);
      }
      whereTheTimeGoes(dir, folder, ours[0], ours[2]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
