// rod-check: .docx extraction against mammoth.extractRawText on the same files, and 1,000 RODs end to end.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { snapshotFromText } = require(join(root, "build", "core"));
const { readDocument } = require(join(root, "build", "cli", "readers"));
const { main } = require(join(root, "build", "cli", "main.js"));
const mammoth = require("mammoth");
const yauzl = require("yauzl");
const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = require("docx");

const SEEDS = ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"].map((name) =>
  readFileSync(join(root, "test", "fixtures", "seeds", name), "utf8"),
);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** A small deterministic generator, so every run benchmarks the same documents. */
function generator(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The paragraph's own words in another order: reads like a record, but does not repeat what deflate has seen. */
function reshuffle(text, random) {
  const words = text.split(" ");
  for (let index = words.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [words[index], words[other]] = [words[other], words[index]];
  }
  return words.join(" ");
}

/**
 * A seed as Word holds it: heading styles, a bulleted list, bold runs. With `copies` above 1, a long
 * record: the seed over and over, each copy's paragraphs reshuffled.
 */
async function docxOf(text, copies = 1) {
  const blocks = snapshotFromText(text).blocks;
  const random = generator(2024);
  const paragraphs = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const block of blocks) {
      const words = copy === 0 ? block.text : reshuffle(block.text, random);
      const run = new TextRun({ text: words, bold: block.bold === true });
      if (block.outlineLevel) paragraphs.push(new Paragraph({ heading: HEADINGS[Math.min(block.outlineLevel, 4) - 1], children: [run] }));
      else if (block.isListItem) paragraphs.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [run] }));
      else paragraphs.push(new Paragraph({ children: [run] }));
    }
  }
  const document = new Document({
    numbering: { config: [{ reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT }] }] },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

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
