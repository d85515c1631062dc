// Generates the .docx records the rod-check benchmarks read: deterministic, so every run reads the same bytes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { snapshotFromText } = require(join(root, "build", "core"));
const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } = require("docx");

export const SEEDS = ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"].map((name) =>
  readFileSync(join(root, "src", "workbench", "records", name), "utf8"),
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
export async function docxOf(text, copies = 1, seed = 2024) {
  const blocks = snapshotFromText(text).blocks;
  const random = generator(seed);
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

/** A week's register: 13 records, each seed with its own decision number. */
export async function weekOfRecords(week) {
  const records = [];
  for (let index = 0; index < 13; index++) {
    const text = SEEDS[index % 2].replace("To be allocated by Democratic Services", `Decision No. 24/0${1000 + week * 13 + index}`);
    records.push(await docxOf(text));
  }
  return records;
}

/** About 100 pages: both seeds 25 times over (49,000 words), each copy reshuffled. */
export function hundredPageRecord(seed) {
  return docxOf(SEEDS.join("\n"), 25, seed);
}
