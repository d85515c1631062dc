import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readDocument } from "../../src/cli/readers";
import { DEFAULT_DOCX_LIMITS, readDocx } from "../../src/docx";
import { openZipFile } from "../../src/docx/node/zip-file";
import type { DocxLimits } from "../../src/docx";
import { readText } from "../../src/cli/readers/text";
import {
  declaringParagraph,
  deletedMarkFlood,
  documentEntries,
  hostileFixture,
  listDocument,
  nestedControls,
  openFields,
  padded,
  styleChain,
} from "./support/hostile-documents";
import { memoryIo } from "./support/memory-io";
import { documentXml, p, Scratch, wordPackage } from "./support/word-package";
import { writeZip } from "./support/zip-writer";

jest.setTimeout(120_000);

const scratch = new Scratch();
afterAll(() => scratch.remove());

const MiB = 1024 * 1024;
const record = (body: string) => documentXml(body);
const GOOD_RECORD = readFileSync(join(__dirname, "..", "fixtures", "seeds", "kent-send-strategy-2021.txt"));

/** Each hostile input, the name it arrives under, and the exact line that must follow its path. */
const HOSTILE: [string, string, () => Buffer, string][] = [
  // Issue 15's reproductions, byte for byte.
  ["d1: a list starting at 2^31-1 in letters", "d1-label-bomb.docx", () => hostileFixture("d1-label-bomb.docx"), "is not a safe Word document: a list's start value is beyond ±32,767"],
  ["d1b: a level text of 3,000,000 %1s", "d1b-lvltext-bomb.docx", () => hostileFixture("d1b-lvltext-bomb.docx"), "is not a safe Word document: a list label is longer than 64 characters"],
  ["d2: 20,000 nested namespace scopes", "d2-ns-nested.docx", () => hostileFixture("d2-ns-nested.docx"), "is not a safe Word document: word/document.xml nests elements more than 256 deep"],
  ["d2b: 20,000 namespaces on the root", "d2b-ns-siblings.docx", () => hostileFixture("d2b-ns-siblings.docx"), "is not a safe Word document: an element of word/document.xml declares more than 1,000 namespaces"],
  ["d3: 44.5 million empty paragraphs", "d3-empty-paras.docx", () => hostileFixture("d3-empty-paras.docx"), "is too large to check: it holds more than 500,000 paragraphs"],
  ["d4: 200,000 open fields", "d4-fields.docx", () => hostileFixture("d4-fields.docx"), "is not a safe Word document: it opens more than 100 fields inside one another"],
  [
    "d6: a relationship target with a newline and a forged verdict",
    "d6-rels-newline.docx",
    () => hostileFixture("d6-rels-newline.docx"),
    "is not a Word document: it has no x.xml\\u000arecords/other.docx passes (nothing at or above --fail-on error)",
  ],
  ["a 250 MiB style id in one attribute", "x2-long-attribute.docx", () => hostileFixture("x2-long-attribute.docx"), "is too large to check: word/document.xml runs more than 16,000,000 characters between two tags"],
  // Variants of each class.
  ["a start override far past the cap", "override.docx", () => listDocument("decimal", "%1.", 1, 1, 100_000), "is not a safe Word document: a list's start value is beyond ±32,767"],
  ["a start value far below zero", "negative.docx", () => listDocument("decimal", "%1.", 1, -40_000), "is not a safe Word document: a list's start value is beyond ±32,767"],
  ["letters from an allowed start (77 a's)", "letters.docx", () => listDocument("lowerLetter", "%1)", 1, 2_000), "is not a safe Word document: a list label is longer than 64 characters"],
  ["a level text of 65 plain characters", "long-text.docx", () => listDocument("decimal", "x".repeat(65), 1), "is not a safe Word document: a list label is longer than 64 characters"],
  ["content controls nested 130 deep", "controls.docx", () => nestedControls(130), "is not a safe Word document: word/document.xml nests elements more than 256 deep"],
  ["1,001 namespaces on one paragraph", "declarations.docx", () => declaringParagraph(1_001), "is not a safe Word document: an element of word/document.xml declares more than 1,000 namespaces"],
  [
    "10,000,001 empty runs in one paragraph",
    "runs.docx",
    () => wordPackage({ document: record(`<w:p>${"<w:r/>".repeat(10_000_001)}</w:p>`) }),
    "is too large to check: word/document.xml holds more than 10,000,000 elements",
  ],
  [
    "a run of 16,000,001 characters",
    "run.docx",
    () => wordPackage({ document: record(p("a".repeat(16_000_001))) }),
    "is too large to check: word/document.xml runs more than 16,000,000 characters between two tags",
  ],
  [
    "a style name of 16,000,001 characters",
    "attribute.docx",
    () => wordPackage({ document: record(p("Styled", `<w:pStyle w:val="${"S".repeat(16_000_001)}"/>`)) }),
    "is too large to check: word/document.xml runs more than 16,000,000 characters between two tags",
  ],
  ["500,001 paragraphs whose marks are deleted", "merged.docx", () => deletedMarkFlood(500_001), "is too large to check: it holds more than 500,000 paragraphs"],
  ["101 fields begun inside one another", "fields.docx", () => openFields(101), "is not a safe Word document: it opens more than 100 fields inside one another"],
  ["a chain of 40 styles", "styles.docx", () => styleChain(40), "is not a safe Word document: a style is based on a chain of more than 32 styles"],
  ["500,001 short lines of text", "lines.txt", () => Buffer.from("a\n".repeat(500_001)), "is too large to check: it holds more than 500,000 paragraphs"],
  ["1,000,001 lines, every other one blank", "spaced.txt", () => Buffer.from("a\n\n".repeat(500_000) + "a"), "is too large to check: it holds more than 1,000,000 lines"],
  ["1,000,001 blank lines", "blank.md", () => Buffer.from("\r\n".repeat(1_000_000)), "is too large to check: it holds more than 1,000,000 lines"],
  [
    "a relationship target with a right-to-left override",
    "bidi.docx",
    () =>
      writeZip([
        {
          name: "_rels/.rels",
          data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="fdp.&#x202E;xcod"/></Relationships>`,
        },
      ]),
    "is not a Word document: it has no fdp.\\u202excod",
  ],
  // Zip checks.
  ["a part whose CRC-32 is wrong", "crc.docx", () => documentEntries({ data: record(p("Decision:")), declaredCrc: 0x1234 }), "is damaged: word/document.xml fails its CRC-32 check (the copy is corrupt)"],
  [
    "a wrong CRC-32 in a file too big to read whole",
    "big-crc.docx",
    () => padded([{ data: record(p("Decision:")), declaredCrc: 0x1234 }], 17 * MiB),
    "is damaged: word/document.xml fails its CRC-32 check (the copy is corrupt)",
  ],
  [
    "the main part listed twice",
    "twice.docx",
    () => documentEntries({ data: record(p("Approve.")) }, { data: record(p("Refuse.")) }),
    "is not a safe Word document: its zip archive holds word/document.xml twice, and zip tools disagree on which one counts",
  ],
  [
    "the main part listed twice, in different case",
    "case.docx",
    () => documentEntries({ data: record(p("Approve.")) }, { name: "Word/Document.xml", data: record(p("Refuse.")) }),
    "is not a safe Word document: its zip archive holds word/document.xml twice, and zip tools disagree on which one counts",
  ],
  [
    "a directory name that disagrees with the local header",
    "faces.docx",
    () => documentEntries({ data: record(p("Approve.")), localName: "word/documenx.xml" }),
    "is not a safe Word document: its zip archive names word/document.xml differently in its directory and in the entry itself",
  ],
  [
    "a disagreeing name in a file too big to read whole",
    "big-faces.docx",
    () => padded([{ data: record(p("Approve.")), localName: "word/documenx.xml" }], 17 * MiB),
    "is not a safe Word document: its zip archive names word/document.xml differently in its directory and in the entry itself",
  ],
];

describe.each(HOSTILE)("%s", (name, fileName, build, message) => {
  it("gets its one line and exit 2, and the good record beside it is still reported", async () => {
    const folder = join(name.replace(/\W+/g, "-"));
    const hostile = scratch.write(join(folder, fileName), build());
    const good = scratch.write(join(folder, "good-record.txt"), GOOD_RECORD);

    const io = memoryIo(scratch.dir);
    const code = await main([hostile, good, "--format", "json"], io);

    expect(code).toBe(2);
    const report = JSON.parse(io.out()) as { files: { path: string; error: string | null; findings: { ruleId: string }[] }[] };
    expect(report.files.map((file) => file.error)).toEqual([message, null]);
    // The SEND seed: its dates and repeated number, beside its eleven plain-line headings (heading-style).
    expect(report.files[1].findings.map((finding) => finding.ruleId).filter((id) => id !== "heading-style")).toEqual(["date-order", "duplicate-numbering"]);
    expect(io.err()).toBe(`rod-check: ${join(folder, fileName)} ${message}\n`);
  });
});

describe("each cap, at its value and one past it", () => {
  const listOf = (items: number) => listDocument("decimal", "%1.", items);
  const CAPS: [string, Partial<DocxLimits>, () => Buffer, () => Buffer, string][] = [
    ["paragraphs", { maxParagraphs: 3 }, () => wordPackage({ document: record(p("a") + p("") + p("c")) }), () => wordPackage({ document: record(p("a") + p("") + p("c") + p("")) }), "it holds more than 3 paragraphs"],
    ["list-label characters", { maxListLabelChars: 5 }, () => listDocument("lowerLetter", "(%1.)", 1, 27), () => listDocument("lowerLetter", "(%1.)", 1, 53), "a list label is longer than 5 characters"],
    ["list start values", { maxListStart: 9 }, () => listDocument("decimal", "%1.", 1, 9), () => listDocument("decimal", "%1.", 1, 10), "a list's start value is beyond ±9"],
    ["namespace declarations on one element", { maxNamespaceDeclarations: 4 }, () => declaringParagraph(4), () => declaringParagraph(5), "an element of word/document.xml declares more than 4 namespaces"],
    ["elements in a part", { maxElements: 11 }, () => wordPackage({ document: record(p("a") + p("b") + p("c")) }), () => wordPackage({ document: record(p("a") + p("b") + p("c") + p("")) }), "word/document.xml holds more than 11 elements"],
    ["characters between two tags", { maxCharsBetweenTags: 300 }, () => wordPackage({ document: record(p("x".repeat(275))) }), () => wordPackage({ document: record(p("x".repeat(276))) }), "word/document.xml runs more than 300 characters between two tags"],
    ["nesting depth", { maxDepth: 10 }, () => nestedControls(2), () => nestedControls(3), "word/document.xml nests elements more than 10 deep"],
    ["open fields", { maxOpenFields: 3 }, () => openFields(3), () => openFields(4), "it opens more than 3 fields inside one another"],
    ["style chain", { maxStyleChain: 5 }, () => styleChain(5), () => styleChain(6), "a style is based on a chain of more than 5 styles"],
    ["characters of text, list labels included", { maxTextChars: 26 }, () => listOf(3), () => listOf(4), "it holds more than 26 characters of text"],
  ];

  it.each(CAPS)("%s", async (name, limits, atCap, pastCap, message) => {
    const at = scratch.write(join("caps", `${name.replace(/\W+/g, "-")}-at.docx`), atCap());
    const past = scratch.write(join("caps", `${name.replace(/\W+/g, "-")}-past.docx`), pastCap());
    await expect(readDocx(await openZipFile(at), { ...DEFAULT_DOCX_LIMITS, ...limits })).resolves.toEqual({ blocks: expect.any(Array) });
    await expect(readDocx(await openZipFile(past), { ...DEFAULT_DOCX_LIMITS, ...limits })).rejects.toThrow(message);
  });

  it("lines of text, blank ones included", () => {
    expect(readText(Buffer.from("Decision:\n\nApprove."), { maxTextLines: 3, maxParagraphs: 2 }).blocks).toHaveLength(2);
    expect(() => readText(Buffer.from("Decision:\n\nApprove.\n"), { maxTextLines: 3, maxParagraphs: 2 })).toThrow("it holds more than 3 lines");
  });

  it("paragraphs of text, lines with only spaces and tabs left out as the text reader leaves them out", () => {
    expect(readText(Buffer.from("Decision:\n \t \r\nApprove."), { maxTextLines: 3, maxParagraphs: 2 }).blocks).toHaveLength(2);
    expect(() => readText(Buffer.from("Decision:\r\nApprove.\r\nSigned"), { maxTextLines: 3, maxParagraphs: 2 })).toThrow("it holds more than 2 paragraphs");
  });
});

describe("work that stays linear", () => {
  it("reads paragraphs that each declare a namespace, under a root that binds hundreds of prefixes to WordprocessingML", async () => {
    const prefixes = Array.from({ length: 900 }, (_, index) => `xmlns:w${index}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`).join(" ");
    const paragraphs = Array.from(
      { length: 5_000 },
      (_, index) => `<w:p xmlns:q="urn:q${index}"><w:pPr><w:pStyle w899:val="${index === 0 ? "Heading1" : "Normal"}"/></w:pPr><w:r><w:t>Paragraph ${index}</w:t></w:r></w:p>`,
    ).join("");
    const document = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ${prefixes}><w:body>${paragraphs}</w:body></w:document>`;
    const path = scratch.write("linear/declaring.docx", wordPackage({ document }));
    const { blocks } = await readDocument(path);
    expect(blocks).toHaveLength(5_000);
    expect(blocks[0]).toMatchObject({ text: "Paragraph 0", style: "Heading1", outlineLevel: 1 });
    expect(blocks[4_999]).toMatchObject({ text: "Paragraph 4999", style: "Normal" });
  });

  it("shows the result of fields begun and ended inside one another, and never their instructions", async () => {
    const field = (instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${instruction}</w:instrText></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const separate = `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
    const inner = field(" MERGEFIELD Amount ", `${separate}<w:r><w:t>£2.4m</w:t></w:r>`);
    const outer = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${inner}<w:r><w:instrText> &gt; 0 "yes"</w:instrText></w:r>${separate}<w:r><w:t>yes</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const path = scratch.write("linear/fields.docx", wordPackage({ document: record(`<w:p><w:r><w:t xml:space="preserve">Key decision: </w:t></w:r>${outer}</w:p>`) }));
    expect((await readDocument(path)).blocks.map((block) => block.text)).toEqual(["Key decision: yes"]);
  });
});
