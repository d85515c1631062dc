import { readFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { snapshotFromText } from "../../src/core";
import { DEFAULT_DOCX_LIMITS, isInputError, readDocx } from "../../src/docx";
import type { DocxLimits, ZipSource } from "../../src/docx";
import { BROWSER_DOCX_LIMITS, openZipBytes } from "../../src/docx/browser/zip-bytes";
import { openZipFile } from "../../src/docx/node/zip-file";
import { honestBomb, lyingBomb, validPackage } from "../cli/support/bad-inputs";
import { docxFromSnapshot } from "../cli/support/docx-from-snapshot";
import { documentEntries, hostileFixture, padded } from "../cli/support/hostile-documents";
import { documentXml, p, Scratch, wordPackage } from "../cli/support/word-package";
import { writeZip } from "../cli/support/zip-writer";

// Some rows inflate tens of megabytes three times over.
jest.setTimeout(300_000);

const scratch = new Scratch();
afterAll(() => scratch.remove());

const MiB = 1024 * 1024;
const record = (body: string) => documentXml(body);
const seedText = (name: string) => readFileSync(join(__dirname, "..", "..", "src", "workbench", "records", name), "utf8");

/** The archive with every entry's UTF-8 flag cleared, as older zip tools write names: in code page 437. */
function withoutUtf8Names(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const end = copy.length - 22;
  let at = copy.readUInt32LE(end + 16);
  for (let index = 0; index < copy.readUInt16LE(end + 10); index++) {
    copy.writeUInt16LE(copy.readUInt16LE(at + 8) & ~0x800, at + 8);
    const local = copy.readUInt32LE(at + 42);
    copy.writeUInt16LE(copy.readUInt16LE(local + 6) & ~0x800, local + 6);
    at += 46 + copy.readUInt16LE(at + 28) + copy.readUInt16LE(at + 30) + copy.readUInt16LE(at + 32);
  }
  return copy;
}

/** A package whose document part holds these deflated bytes in place of the true ones. */
function damagedDeflate(damage: (deflated: Buffer) => Buffer): Buffer {
  const xml = Buffer.from(record(p("Decision: approve the budget. ".repeat(40))));
  return writeZip([{ name: "word/document.xml", deflated: { bytes: damage(deflateRawSync(xml)), size: xml.length, crc: crc32(xml) } }]);
}

/** The ways a .docx reaches readDocx: rod-check with the file read whole or streamed, and the workbench. */
const SOURCES: [string, (bytes: Buffer, path: string) => Promise<ZipSource>][] = [
  ["Node, from the file's bytes", (bytes, path) => openZipFile(path, bytes)],
  ["Node, streamed from disk", (_bytes, path) => openZipFile(path)],
  // An ArrayBuffer of its own, as File.arrayBuffer() gives the workbench.
  ["browser, from an ArrayBuffer", async (bytes) => openZipBytes(new Uint8Array(bytes).buffer)],
];

type Outcome = { texts: string[] } | { refused: string };

async function outcome(open: () => Promise<ZipSource>, limits: DocxLimits): Promise<Outcome> {
  try {
    return { texts: (await readDocx(await open(), limits)).blocks.map((block) => block.text) };
  } catch (error) {
    if (isInputError(error)) return { refused: error.message };
    throw error;
  }
}

const refused = (message: string): Outcome => ({ refused: message });
const reads = (...texts: string[]): Outcome => ({ texts });
const textsOf = (seed: string): Outcome => ({ texts: snapshotFromText(seedText(seed)).blocks.map((block) => block.text) });

/** Each file, the limits it is read under, and what every source must make of it. */
const CASES: [string, () => Buffer | Promise<Buffer>, DocxLimits, Outcome][] = [
  // The seeds.
  ["the SEND strategy seed", () => docxFromSnapshot(snapshotFromText(seedText("kent-send-strategy-2021.txt"))), DEFAULT_DOCX_LIMITS, textsOf("kent-send-strategy-2021.txt")],
  ["the STLS redesign seed", () => docxFromSnapshot(snapshotFromText(seedText("kent-stls-redesign-2022.md"))), DEFAULT_DOCX_LIMITS, textsOf("kent-stls-redesign-2022.md")],
  // The hostile fixtures, every one.
  ["d1: a list starting at 2^31-1 in letters", () => hostileFixture("d1-label-bomb.docx"), DEFAULT_DOCX_LIMITS, refused("is not a safe Word document: a list's start value is beyond ±32,767")],
  ["d1b: a level text of 3,000,000 %1s", () => hostileFixture("d1b-lvltext-bomb.docx"), DEFAULT_DOCX_LIMITS, refused("is not a safe Word document: a list label is longer than 64 characters")],
  ["d2: 20,000 nested namespace scopes", () => hostileFixture("d2-ns-nested.docx"), DEFAULT_DOCX_LIMITS, refused("is not a safe Word document: word/document.xml nests elements more than 256 deep")],
  [
    "d2b: 20,000 namespaces on the root",
    () => hostileFixture("d2b-ns-siblings.docx"),
    DEFAULT_DOCX_LIMITS,
    refused("is not a safe Word document: an element of word/document.xml declares more than 1,000 namespaces"),
  ],
  ["d3: 44.5 million empty paragraphs", () => hostileFixture("d3-empty-paras.docx"), DEFAULT_DOCX_LIMITS, refused("is too large to check: it holds more than 500,000 paragraphs")],
  [
    "d3 under the workbench's caps",
    () => hostileFixture("d3-empty-paras.docx"),
    BROWSER_DOCX_LIMITS,
    refused("is too large to read safely: word/document.xml unpacks to more than 64 MiB (a zip bomb?)"),
  ],
  ["d4: 200,000 open fields", () => hostileFixture("d4-fields.docx"), DEFAULT_DOCX_LIMITS, refused("is not a safe Word document: it opens more than 100 fields inside one another")],
  [
    "d6: a relationship target with a newline and a forged verdict",
    () => hostileFixture("d6-rels-newline.docx"),
    DEFAULT_DOCX_LIMITS,
    refused("is not a Word document: it has no x.xml\\u000arecords/other.docx passes (nothing at or above --fail-on error)"),
  ],
  ["d8: a paragraph deleted with its mark", () => hostileFixture("d8-deleted-paragraph.docx"), DEFAULT_DOCX_LIMITS, reads("Decision:", "Approve the budget of £2.4m.")],
  ["x1: 44 million empty runs", () => hostileFixture("x1-runs-flood.docx"), DEFAULT_DOCX_LIMITS, refused("is too large to check: word/document.xml holds more than 10,000,000 elements")],
  [
    "x2: a 250 MiB style id",
    () => hostileFixture("x2-long-attribute.docx"),
    DEFAULT_DOCX_LIMITS,
    refused("is too large to check: word/document.xml runs more than 16,000,000 characters between two tags"),
  ],
  // What the zip layer alone refuses.
  ["a part whose CRC-32 is wrong", () => documentEntries({ data: record(p("Decision:")), declaredCrc: 0x1234 }), DEFAULT_DOCX_LIMITS, refused("is damaged: word/document.xml fails its CRC-32 check (the copy is corrupt)")],
  [
    "a wrong CRC-32 in a file too big to read whole",
    () => padded([{ data: record(p("Decision:")), declaredCrc: 0x1234 }], 17 * MiB),
    DEFAULT_DOCX_LIMITS,
    refused("is damaged: word/document.xml fails its CRC-32 check (the copy is corrupt)"),
  ],
  [
    "the main part listed twice, in different case",
    () => documentEntries({ data: record(p("Approve.")) }, { name: "Word/Document.xml", data: record(p("Refuse.")) }),
    DEFAULT_DOCX_LIMITS,
    refused("is not a safe Word document: its zip archive holds word/document.xml twice, and zip tools disagree on which one counts"),
  ],
  [
    "a directory name that disagrees with the local header",
    () => documentEntries({ data: record(p("Approve.")), localName: "word/documenx.xml" }),
    DEFAULT_DOCX_LIMITS,
    refused("is not a safe Word document: its zip archive names word/document.xml differently in its directory and in the entry itself"),
  ],
  [
    "a name listed twice in code page 437 (no UTF-8 flag)",
    () => withoutUtf8Names(documentEntries({ name: "word/dóc.xml", data: record(p("Approve.")) }, { name: "word/dóc.xml", data: record(p("Refuse.")) })),
    DEFAULT_DOCX_LIMITS,
    // "ó" in UTF-8 is C3 B3, which code page 437 reads as "├│".
    refused("is not a safe Word document: its zip archive holds word/d├│c.xml twice, and zip tools disagree on which one counts"),
  ],
  [
    "a part name that climbs out of its folder",
    () => writeZip([{ name: "../word/document.xml", data: record(p("Approve.")) }]),
    DEFAULT_DOCX_LIMITS,
    refused("is damaged: the zip archive cannot be read (invalid relative path: ../word/document.xml)"),
  ],
  ["a letter saved as .docx", () => Buffer.from("Dear Democratic Services,\nplease find the record attached.\n"), DEFAULT_DOCX_LIMITS, refused("is not a Word .docx file: it is not a zip archive")],
  ["a truncated zip", () => validPackage().subarray(0, 300), DEFAULT_DOCX_LIMITS, refused("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)")],
  [
    "a zip missing its last bytes",
    () => validPackage().subarray(0, validPackage().length - 10),
    DEFAULT_DOCX_LIMITS,
    refused("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)"),
  ],
  ["an empty zip", () => writeZip([]), DEFAULT_DOCX_LIMITS, refused("is not a Word document: it has no word/document.xml")],
  [
    "deflated data cut short",
    () => damagedDeflate((deflated) => deflated.subarray(0, deflated.length - 20)),
    DEFAULT_DOCX_LIMITS,
    refused("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)"),
  ],
  [
    "deflated data that is not deflate",
    () => damagedDeflate((deflated) => Buffer.concat([Buffer.from([0xff, 0xff, 0xff]), deflated])),
    DEFAULT_DOCX_LIMITS,
    refused("is damaged: word/document.xml cannot be read (invalid block type)"),
  ],
  ["a zip bomb that declares its size", honestBomb, DEFAULT_DOCX_LIMITS, refused("is too large to read safely: word/document.xml unpacks to more than 256 MiB (a zip bomb?)")],
  ["a zip bomb with lying headers", () => lyingBomb(), DEFAULT_DOCX_LIMITS, refused("is not a safe Word document: a part unpacks to more than the archive declares (a zip bomb?)")],
  [
    "a zip bomb with lying headers, in a file too big to read whole",
    () => lyingBomb(17 * MiB),
    DEFAULT_DOCX_LIMITS,
    refused("is not a safe Word document: a part unpacks to more than the archive declares (a zip bomb?)"),
  ],
  ["a part stored, not deflated", () => writeZip([{ name: "word/document.xml", data: record(p("Decision:") + p("Approve.")), method: "store" }]), DEFAULT_DOCX_LIMITS, reads("Decision:", "Approve.")],
  ["too many parts", () => validPackage(), { ...DEFAULT_DOCX_LIMITS, maxEntries: 1 }, refused("is not a Word document: its zip archive lists 4 parts (more than 1)")],
  ["a record past the cap on bytes in all", () => wordPackage({ document: record(p("Decision:")) }), { ...DEFAULT_DOCX_LIMITS, maxTotalBytes: 300 }, refused("is too large to read safely: its parts unpack to more than 300 bytes (a zip bomb?)")],
];

describe.each(CASES)("%s", (name, build, limits, expected) => {
  it("reads the same, to the letter, through every source", async () => {
    const bytes = await build();
    const path = scratch.write(`${name.replace(/\W+/g, "-")}.docx`, bytes);
    const outcomes: [string, Outcome][] = [];
    for (const [source, open] of SOURCES) outcomes.push([source, await outcome(() => open(bytes, path), limits)]);
    expect(outcomes).toEqual(SOURCES.map(([source]) => [source, expected]));
  });
});
