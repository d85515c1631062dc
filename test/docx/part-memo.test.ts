import { createDocxMemo, DEFAULT_DOCX_LIMITS, isInputError, readDocx } from "../../src/docx";
import type { DocxLimits, DocxMemo, ZipSource } from "../../src/docx";
import { openZipBytes } from "../../src/docx/browser/zip-bytes";
import { openZipFile } from "../../src/docx/node/zip-file";
import type { Block } from "../../src/core";
import { documentXml, numberingXml, p, Scratch, stylesXml, wordPackage } from "../cli/support/word-package";
import type { PackageParts } from "../cli/support/word-package";
import { writeZip } from "../cli/support/zip-writer";
import type { ZipEntry } from "../cli/support/zip-writer";

const scratch = new Scratch();
afterAll(() => scratch.remove());

const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
const TEMPLATE_STYLES = stylesXml(style("Normal", "Normal") + style("KopA", "heading 1") + style("KopB", "heading 2"));
const TEMPLATE_NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
);
const item = (text: string) => p(text, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
const heading = (text: string, id = "KopA") => p(text, `<w:pStyle w:val="${id}"/>`);

/** A record made from the template: its own words, the template's styles and numbering. */
function record(title: string, parts: Partial<PackageParts> = {}): Buffer {
  return wordPackage({
    document: documentXml(heading(title) + p("Decision:") + item(`${title}: first step`) + item(`${title}: second step`)),
    styles: TEMPLATE_STYLES,
    numbering: TEMPLATE_NUMBERING,
    ...parts,
  });
}

/** The ways rod-check and the workbench hold a .docx in memory, where its stored parts can be compared. */
const IN_MEMORY: [string, (bytes: Buffer) => Promise<ZipSource>][] = [
  ["rod-check, a file read whole", async (bytes) => openZipFile(scratch.write(`whole-${bytes.length}-${Math.random()}.docx`, bytes), bytes)],
  ["the workbench, a picked file", async (bytes) => openZipBytes(new Uint8Array(bytes).buffer)],
];

/** A source that counts, by part name, how often a part is inflated. */
function counting(source: ZipSource, inflations: Map<string, number>): ZipSource {
  return {
    ...source,
    entries: async () =>
      (await source.entries()).map((entry) => ({
        ...entry,
        chunks: () => {
          inflations.set(entry.name, (inflations.get(entry.name) ?? 0) + 1);
          return entry.chunks();
        },
      })),
    close: () => source.close(),
  };
}

type Outcome = { blocks: Block[] } | { refused: string };

async function read(source: ZipSource, memo?: DocxMemo, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<Outcome> {
  try {
    return { blocks: (await readDocx(source, limits, memo)).blocks };
  } catch (error) {
    if (isInputError(error)) return { refused: error.message };
    throw error;
  }
}

describe.each(IN_MEMORY)("parts shared by records from one template (%s)", (_source, open) => {
  it("reads the styles, numbering and relationships once, and each record as if read alone", async () => {
    const files = ["Road repairs", "Library hours", "School transport"].map((title) => record(title));
    const memo = createDocxMemo();
    const inflations = new Map<string, number>();
    for (const bytes of files) {
      expect(await read(counting(await open(bytes), inflations), memo)).toEqual(await read(await open(bytes)));
    }
    expect(Object.fromEntries(inflations)).toEqual({
      "_rels/.rels": 1,
      "word/_rels/document.xml.rels": 1,
      "word/styles.xml": 1,
      "word/numbering.xml": 1,
      "word/document.xml": 3,
    });
  });

  it("numbers each record's lists from the start, not on from the last record", async () => {
    const memo = createDocxMemo();
    const labels = [];
    for (const title of ["First", "Second"]) {
      const outcome = await read(await open(record(title)), memo);
      labels.push("blocks" in outcome ? outcome.blocks.map((block) => block.listLabel ?? "") : outcome.refused);
    }
    expect(labels).toEqual([
      ["", "", "1.", "2."],
      ["", "", "1.", "2."],
    ]);
  });

  it("reads a styles part that differs by one byte afresh, and uses that record's own styles", async () => {
    const memo = createDocxMemo();
    await read(await open(record("Template")), memo);
    const retitled = record("Edited", { styles: TEMPLATE_STYLES.replace('"heading 1"', '"heading 3"') });
    const outcome = await read(await open(retitled), memo);
    expect(outcome).toEqual(await read(await open(retitled)));
    expect("blocks" in outcome && outcome.blocks[0]).toMatchObject({ text: "Edited", style: "Heading3", outlineLevel: 3 });
  });

  it("keeps relationships apart for parts in other folders, whose targets resolve elsewhere", async () => {
    const memo = createDocxMemo();
    const elsewhere = wordPackage({
      document: documentXml(heading("Moved", "KopB")),
      styles: TEMPLATE_STYLES,
      documentPath: "other/main.xml",
    });
    await read(await open(record("Template")), memo);
    expect(await read(await open(elsewhere), memo)).toEqual({ blocks: [{ text: "Moved", style: "Heading2", outlineLevel: 2 }] });
  });
});

/** The template's record with one stored entry written differently. */
function recordWith(change: (entry: ZipEntry) => ZipEntry, title = "Changed"): Buffer {
  const entries: ZipEntry[] = [
    { name: "_rels/.rels", data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    {
      name: "word/_rels/document.xml.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    { name: "word/document.xml", data: documentXml(heading(title) + p("Decision: approve.")) },
    { name: "word/styles.xml", data: TEMPLATE_STYLES },
  ];
  return writeZip(entries.map(change));
}

describe("a reused part is held to the same checks as a part read again", () => {
  const STYLES = "word/styles.xml";
  const as = (name: string, change: Partial<ZipEntry>) => (entry: ZipEntry) => (entry.name === name ? { ...entry, ...change } : entry);
  const unchanged = (entry: ZipEntry) => entry;

  /** What a memo that has already read the unchanged record makes of `bytes`, beside what a fresh reader makes of it. */
  async function afterTheTemplate(bytes: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<[Outcome, Outcome]> {
    const memo = createDocxMemo();
    expect(await read(openZipBytes(new Uint8Array(recordWith(unchanged, "Template")).buffer), memo, limits)).toHaveProperty("blocks");
    return [await read(openZipBytes(new Uint8Array(bytes).buffer), memo, limits), await read(openZipBytes(new Uint8Array(bytes).buffer), undefined, limits)];
  }

  it.each<[string, Buffer, string]>([
    ["the same stored styles declaring another CRC-32", recordWith(as(STYLES, { declaredCrc: 0x1234 })), "is damaged: word/styles.xml fails its CRC-32 check (the copy is corrupt)"],
    [
      "the same stored styles under another name in their local header",
      recordWith(as(STYLES, { localName: "word/stylez.xml" })),
      "is not a safe Word document: its zip archive names word/styles.xml differently in its directory and in the entry itself",
    ],
  ])("%s is refused", async (_case, bytes, message) => {
    const [withMemo, fresh] = await afterTheTemplate(bytes);
    expect(withMemo).toEqual({ refused: message });
    expect(fresh).toEqual(withMemo);
  });

  it("counts a reused part towards the bytes a file may unpack to", async () => {
    const big = recordWith(unchanged, "A title long enough to pass the cap ".repeat(20));
    const template = recordWith(unchanged, "Template");
    // Room for the template record, not for the bigger one: its styles must still be counted to refuse it.
    const inflatedSize = (bytes: Buffer) => {
      let total = 0;
      let at = bytes.readUInt32LE(bytes.length - 6);
      for (let index = 0; index < bytes.readUInt16LE(bytes.length - 12); index++) {
        total += bytes.readUInt32LE(at + 24);
        at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
      }
      return total;
    };
    expect(inflatedSize(big)).toBeGreaterThan(inflatedSize(template));
    const limits: DocxLimits = { ...DEFAULT_DOCX_LIMITS, maxTotalBytes: inflatedSize(big) - 1 };
    const [withMemo, fresh] = await afterTheTemplate(big, limits);
    expect(withMemo).toEqual(fresh);
    expect(withMemo).toEqual({ refused: expect.stringContaining("unpack to more than") });
  });

  it("does not keep a part that failed: damaged styles are refused every time", async () => {
    const damaged = recordWith(as(STYLES, { data: TEMPLATE_STYLES.replace("</w:styles>", "") }));
    const memo = createDocxMemo();
    const outcomes = [];
    for (let time = 0; time < 2; time++) outcomes.push(await read(openZipBytes(new Uint8Array(damaged).buffer), memo));
    expect(outcomes[0]).toEqual({ refused: expect.stringMatching(/^is damaged: word\/styles\.xml is not well-formed XML/) });
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it("does not share parts read under other limits", async () => {
    const strict: DocxLimits = { ...DEFAULT_DOCX_LIMITS, maxElements: 5 };
    const memo = createDocxMemo();
    await read(openZipBytes(new Uint8Array(recordWith(unchanged, "Template")).buffer), memo);
    const bytes = recordWith(unchanged);
    expect(await read(openZipBytes(new Uint8Array(bytes).buffer), memo, strict)).toEqual(await read(openZipBytes(new Uint8Array(bytes).buffer), undefined, strict));
    expect(await read(openZipBytes(new Uint8Array(bytes).buffer), memo, strict)).toHaveProperty("refused");
  });
});

describe("what is kept", () => {
  it("keeps the four templates used last, and reads a fifth's parts again", async () => {
    const templates = Array.from({ length: 5 }, (_, index) => stylesXml(style("Normal", "Normal") + style("KopA", `heading ${index + 1}`)));
    const memo = createDocxMemo();
    const inflations = new Map<string, number>();
    const readWith = async (styles: string) => read(counting(openZipBytes(new Uint8Array(record("Title", { styles })).buffer), inflations), memo);
    for (const styles of templates) await readWith(styles);
    await readWith(templates[4]);
    expect(inflations.get("word/styles.xml")).toBe(5);
    await readWith(templates[0]);
    expect(inflations.get("word/styles.xml")).toBe(6);
  });

  it("does not keep a styles part that unpacks to more than 512 KB", async () => {
    // Many styles compress to little: the cap is on what the part unpacks to, which is what reading it holds.
    const many = stylesXml(Array.from({ length: 7_000 }, (_, index) => style(`S${index}`, `Style ${index}`)).join(""));
    expect(many.length).toBeGreaterThan(512 * 1024);
    const memo = createDocxMemo();
    const inflations = new Map<string, number>();
    for (let time = 0; time < 2; time++) await read(counting(openZipBytes(new Uint8Array(record("Title", { styles: many })).buffer), inflations), memo);
    expect(inflations.get("word/styles.xml")).toBe(2);
  });

  it("reads every part of a file streamed from disk, which is not held in memory to compare", async () => {
    const memo = createDocxMemo();
    const inflations = new Map<string, number>();
    for (const title of ["One", "Two"]) {
      const path = scratch.write(`streamed-${title}.docx`, record(title));
      await read(counting(await openZipFile(path), inflations), memo);
    }
    expect(inflations.get("word/styles.xml")).toBe(2);
  });
});
