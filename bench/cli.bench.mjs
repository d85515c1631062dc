// rod-check: .docx extraction against mammoth.extractRawText on the same files, and 1,000 RODs end to end.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { docxOf, root, SEEDS } from "./cli-corpus.mjs";

const require = createRequire(import.meta.url);
const { readDocument } = require(join(root, "build", "cli", "readers"));
const { main } = require(join(root, "build", "cli", "main.js"));
const mammoth = require("mammoth");
const yauzl = require("yauzl");

/** Inflated size of word/document.xml: the bytes both readers actually parse. */
function documentXmlBytes(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("entry", (entry) => {
        if (entry.fileName === "word/document.xml") {
          zip.close();
          resolve(entry.uncompressedSize);
        } else zip.readEntry();
      });
      zip.on("end", () => resolve(0));
      zip.readEntry();
    });
  });
}

/** Median time of each reader over the files, taking turns round by round so both see the same machine load. */
async function race(files, readers, rounds) {
  const samples = readers.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    for (const [index, read] of readers.entries()) {
      const started = performance.now();
      for (const file of files) await read(file);
      if (round > 0) samples[index].push(performance.now() - started); // round 0 warms the JIT
    }
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

export default async function bench() {
  const dir = mkdtempSync(join(tmpdir(), "rod-check-bench-"));
  try {
    // Extraction: the two seeds as ordinary records, and one long record (the seeds 150 times over).
    const small = [];
    for (let index = 0; index < 100; index++) {
      const path = join(dir, `record-${index}.docx`);
      writeFileSync(path, await docxOf(SEEDS[index % 2]));
      small.push(path);
    }
    const long = join(dir, "long-record.docx");
    writeFileSync(long, await docxOf(SEEDS.join("\n"), 150));

    for (const [name, files, rounds] of [["100 records", small, 9], ["one long record", [long], 9]]) {
      const mb = (bytes) => bytes / (1024 * 1024);
      const disk = mb(files.reduce((sum, file) => sum + statSync(file).size, 0));
      let xml = 0;
      for (const file of files) xml += mb(await documentXmlBytes(file));
      const [ours, theirs] = await race(files, [(file) => readDocument(file), (file) => mammoth.extractRawText({ path: file })], rounds);
      const rate = (megabytes, ms) => (megabytes / (ms / 1000)).toFixed(1);
      console.log(`extraction, ${name}: ${disk.toFixed(2)} MB of .docx, ${xml.toFixed(2)} MB of document XML (median of ${rounds} runs)`);
      console.log(`  rod-check reader        ${ours.toFixed(0)} ms  ${rate(disk, ours)} MB/s of .docx  ${rate(xml, ours)} MB/s of XML`);
      console.log(`  mammoth.extractRawText  ${theirs.toFixed(0)} ms  ${rate(disk, theirs)} MB/s of .docx  ${rate(xml, theirs)} MB/s of XML`);
      console.log(`  rod-check reader is ${(theirs / ours).toFixed(1)}x faster than mammoth (target 3x)`);
    }

    // End to end: 1,000 RODs in a folder through the command itself (walk, read, check, JSON report).
    const folder = join(dir, "register");
    const variants = [];
    for (let index = 0; index < 10; index++) {
      const text = SEEDS[index % 2].replace("To be allocated by Democratic Services", `Decision No. 24/0${1000 + index}`);
      variants.push(await docxOf(text));
    }
    mkdirSync(folder);
    for (let index = 0; index < 1000; index++) writeFileSync(join(folder, `rod-${String(index).padStart(4, "0")}.docx`), variants[index % variants.length]);
    const sink = { write: () => true, isTTY: false };
    const started = performance.now();
    const code = await main([folder, "--format", "json"], { stdout: sink, stderr: sink, cwd: dir, env: {} });
    const milliseconds = performance.now() - started;
    const each = milliseconds / 1000;
    console.log(`end to end: 1,000 RODs (.docx) read and checked in ${(milliseconds / 1000).toFixed(2)} s, ${each.toFixed(2)} ms each (exit code ${code})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
