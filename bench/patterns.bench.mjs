// Council profile patterns: what loading the pattern engine (re2js) costs a process, and how long a check takes
// with a pattern that backtracks catastrophically in JavaScript, over a paragraph of 100,000 characters.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { checkPrepared, snapshotFromText, builtInProfiles } = require("../build/core/index.js");

const LENGTH = 100_000;

/** Processor and clock milliseconds to require a module in a fresh Node process, medians of five (CPU time is steadier on a busy machine). */
function requireTime(module) {
  const runs = Array.from({ length: 5 }, () => {
    const script = `const cpu = process.cpuUsage(); const t = performance.now(); require(${JSON.stringify(module)}); const used = process.cpuUsage(cpu); console.log((used.user + used.system) / 1000, performance.now() - t)`;
    return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim().split(" ").map(Number);
  });
  const median = (values) => values.sort((a, b) => a - b)[2];
  return { cpu: median(runs.map(([cpu]) => cpu)), wall: median(runs.map(([, wall]) => wall)) };
}

const CASES = [
  ["(a+)+$", "a".repeat(LENGTH) + "!"],
  ["(a|a)*$", "a".repeat(LENGTH) + "!"],
  ["^(a|aa)+$", "a".repeat(LENGTH) + "!"],
  ["(\\w+\\s?)*$", "word ".repeat(LENGTH / 5) + "!"],
  ["\\bX{3,}\\b", "x".repeat(LENGTH) + "_"],
];

export default async function patternsBench() {
  const { cpu, wall } = requireTime("re2js");
  console.log(`require("re2js") in a fresh process: ${cpu.toFixed(1)} ms processor, ${wall.toFixed(1)} ms clock (medians of 5)`);
  for (const [pattern, paragraph] of CASES) {
    const profile = { ...builtInProfiles.kent, placeholders: { phrases: [], patterns: [pattern] } };
    const snapshot = snapshotFromText(`# KENT COUNTY COUNCIL – RECORD OF DECISION\n## Decision:\n${paragraph}`);
    await checkPrepared(snapshot, profile);
    const times = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      await checkPrepared(snapshot, { ...profile });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`check with profile pattern ${pattern.padEnd(14)} over ${LENGTH.toLocaleString("en-GB")} characters: ${times[2].toFixed(1)} ms (median of 5)`);
  }
  const plain = snapshotFromText(`# KENT COUNTY COUNCIL – RECORD OF DECISION\n## Decision:\n${"a".repeat(LENGTH)}!`);
  const started = performance.now();
  await checkPrepared(plain, builtInProfiles.kent);
  console.log(`the same paragraph with Kent's built-in patterns (RegExp): ${(performance.now() - started).toFixed(1)} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await patternsBench();
