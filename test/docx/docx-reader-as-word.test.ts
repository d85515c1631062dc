import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readDocument } from "../../src/cli/readers";
import { hostileFixture, listItem, markDeleted, oneLevelList, utf16Document } from "../cli/support/hostile-documents";
import { memoryIo } from "../cli/support/memory-io";
import { documentXml, p, Scratch, stylesXml, wordPackage } from "../cli/support/word-package";
import { writeZip } from "../cli/support/zip-writer";

const scratch = new Scratch();
afterAll(() => scratch.remove());

async function blocksOf(name: string, docx: Buffer) {
  return (await readDocument(scratch.write(name, docx))).blocks;
}

describe("a deleted paragraph mark, read as accepting the change would", () => {
  it("d8: the paragraph deleted with its mark is gone, so the amount sits in ¶2", async () => {
    const path = scratch.write("d8/d8-deleted-paragraph.docx", hostileFixture("d8-deleted-paragraph.docx"));
    expect((await readDocument(path)).blocks.map((block) => block.text)).toEqual(["Decision:", "Approve the budget of £2.4m."]);

    const io = memoryIo(scratch.dir);
    await main([path], io);
    expect(io.out()).toContain("    ¶2    £2.4m is over the key-decision threshold");
    expect(io.out()).not.toContain("¶3");
  });

  it("runs the paragraph's remaining text on into the next, which keeps its own style", async () => {
    const styles = stylesXml(`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>`);
    const document = documentXml(markDeleted("Key decision") + p(": YES", `<w:pStyle w:val="Heading1"/>`) + p("Reasons"));
    expect(await blocksOf("merge.docx", wordPackage({ document, styles }))).toEqual([
      { text: "Key decision: YES", style: "Heading1", outlineLevel: 1 },
      { text: "Reasons", style: "Normal" },
    ]);
  });

  it("treats a mark moved away like a deleted one", async () => {
    const document = documentXml(markDeleted("Moved ", "moveFrom") + p("here"));
    expect((await blocksOf("moved.docx", wordPackage({ document }))).map((block) => block.text)).toEqual(["Moved here"]);
  });

  it("does not count a merged list item: the next item takes the number", async () => {
    const merged = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First, </w:t></w:r></w:p>`;
    const document = documentXml(merged + listItem("continued") + listItem("Second"));
    const blocks = await blocksOf("list.docx", wordPackage({ document, numbering: oneLevelList("decimal", "%1.") }));
    expect(blocks.map((block) => [block.listLabel, block.text])).toEqual([
      ["1.", "First, continued"],
      ["2.", "Second"],
    ]);
  });

  it("leaves a paragraph whose mark is deleted but has nothing after it as it is", async () => {
    const blocks = await blocksOf("last.docx", wordPackage({ document: documentXml(p("Decision:") + markDeleted("Approve.")) }));
    expect(blocks.map((block) => block.text)).toEqual(["Decision:", "Approve."]);
  });

  it("keeps paragraphs whose marks were inserted, or only reformatted", async () => {
    const inserted = `<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/><w:b/></w:rPr></w:pPr><w:r><w:t>One</w:t></w:r></w:p>`;
    const blocks = await blocksOf("inserted.docx", wordPackage({ document: documentXml(inserted + p("Two")) }));
    expect(blocks.map((block) => block.text)).toEqual(["One", "Two"]);
  });
});

describe("legal encodings", () => {
  const body = p("Decision:") + p("Approve the budget of £2.4m — in full.");
  it.each([
    ["UTF-16 little-endian with a byte-order mark", "le", true],
    ["UTF-16 big-endian with a byte-order mark", "be", true],
    ["UTF-16 little-endian without one", "le", false],
    ["UTF-16 big-endian without one", "be", false],
  ] as const)("reads a document part in %s", async (_name, order, withMark) => {
    const blocks = await blocksOf(`utf16-${order}-${withMark}.docx`, utf16Document(body, order, withMark));
    expect(blocks.map((block) => block.text)).toEqual(["Decision:", "Approve the budget of £2.4m — in full."]);
  });

  it("reads a UTF-8 part that starts with a byte-order mark", async () => {
    const blocks = await blocksOf("bom.docx", wordPackage({ document: `\ufeff${documentXml(body)}` }));
    expect(blocks.map((block) => block.text)).toEqual(["Decision:", "Approve the budget of £2.4m — in full."]);
  });
});

describe("part names", () => {
  it("finds a part whatever the ASCII case of its name, as OPC compares names", async () => {
    const relationships = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="Word/Document.xml"/></Relationships>`;
    const docx = writeZip([
      { name: "_rels/.rels", data: relationships },
      { name: "word/document.xml", data: documentXml(p("Decision:")) },
    ]);
    expect((await blocksOf("case.docx", docx)).map((block) => block.text)).toEqual(["Decision:"]);
  });

  it("reads a stored (not deflated) part whose CRC-32 matches", async () => {
    const docx = writeZip([{ name: "word/document.xml", data: documentXml(p("Stored")), method: "store" }]);
    expect((await blocksOf(join("crc", "stored.docx"), docx)).map((block) => block.text)).toEqual(["Stored"]);
  });
});
