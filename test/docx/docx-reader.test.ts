import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import type { Block } from "../../src/core";
import { readDocument } from "../../src/cli/readers";
import { documentXml, escape, numberingXml, p, Scratch, stylesXml, W, wordPackage } from "../cli/support/word-package";
import type { PackageParts } from "../cli/support/word-package";

const scratch = new Scratch();
afterAll(() => scratch.remove());

let counter = 0;
async function readParts(parts: PackageParts): Promise<Block[]> {
  const path = scratch.write(`case-${++counter}.docx`, wordPackage(parts));
  return (await readDocument(path)).blocks;
}

async function readBuilt(document: Document): Promise<Block[]> {
  const path = scratch.write(`built-${++counter}.docx`, await Packer.toBuffer(document));
  return (await readDocument(path)).blocks;
}

const texts = (blocks: Block[]) => blocks.map((block) => block.text);
const run = (text: string, properties = "") => `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;

describe("headings by style (documents written by the docx package)", () => {
  it("maps built-in heading and title styles to styleBuiltIn names and outline levels", async () => {
    const blocks = await readBuilt(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: "KENT COUNTY COUNCIL – RECORD OF DECISION", heading: HeadingLevel.TITLE }),
              new Paragraph({ text: "Decision:", heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: "Reason(s) for decision:", heading: HeadingLevel.HEADING_2 }),
              new Paragraph({ text: "Background", heading: HeadingLevel.HEADING_3 }),
              new Paragraph({ text: "Body text." }),
            ],
          },
        ],
      }),
    );
    expect(blocks).toEqual([
      { text: "KENT COUNTY COUNCIL – RECORD OF DECISION", style: "Title" },
      { text: "Decision:", style: "Heading1", outlineLevel: 1 },
      { text: "Reason(s) for decision:", style: "Heading2", outlineLevel: 2 },
      { text: "Background", style: "Heading3", outlineLevel: 3 },
      { text: "Body text.", style: "Normal" },
    ]);
  });
});

describe("styles resolved through styles.xml", () => {
  const styles = stylesXml(
    [
      `<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>`,
      // Word writes the English name of a built-in style even in a German document; the id is localised.
      `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`,
      // Other producers write the localised name itself, and no outline level.
      `<w:style w:type="paragraph" w:styleId="U2"><w:name w:val="Überschrift 2"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Pennawd3"><w:name w:val="Pennawd 3"/></w:style>`,
      // A council's own style based on a heading: not built in, but it keeps the heading's level.
      `<w:style w:type="paragraph" w:styleId="RodSection"><w:name w:val="ROD Section"/><w:basedOn w:val="berschrift1"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="RodSub"><w:name w:val="ROD Sub"/><w:basedOn w:val="RodSection"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:basedOn w:val="Plain2"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Plain2"><w:name w:val="Plain 2"/><w:basedOn w:val="Plain"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/></w:style>`,
    ].join(""),
  );

  it.each([
    ["no style: the default paragraph style", "", { style: "Normal" }],
    ["localised id, English built-in name", `<w:pStyle w:val="berschrift1"/>`, { style: "Heading1", outlineLevel: 1 }],
    ["localised built-in name (German)", `<w:pStyle w:val="U2"/>`, { style: "Heading2", outlineLevel: 2 }],
    ["localised built-in name (Welsh)", `<w:pStyle w:val="Pennawd3"/>`, { style: "Heading3", outlineLevel: 3 }],
    ["custom style based on a heading", `<w:pStyle w:val="RodSection"/>`, { style: "Other", outlineLevel: 1 }],
    ["custom style with its own outline level", `<w:pStyle w:val="RodSub"/>`, { style: "Other", outlineLevel: 2 }],
    ["basedOn cycle", `<w:pStyle w:val="Plain"/>`, { style: "Other" }],
    ["list paragraph by name", `<w:pStyle w:val="Listenabsatz"/>`, { style: "ListParagraph" }],
    ["direct outline level on a body paragraph", `<w:outlineLvl w:val="2"/>`, { style: "Normal", outlineLevel: 3 }],
    ["direct body-text level on a heading", `<w:pStyle w:val="berschrift1"/><w:outlineLvl w:val="9"/>`, { style: "Heading1" }],
    ["unknown style id that names a heading", `<w:pStyle w:val="Heading4"/>`, { style: "Heading4", outlineLevel: 4 }],
  ])("%s", async (_name, properties, expected) => {
    const [block] = await readParts({ document: documentXml(p("Text", properties)), styles });
    expect(block).toEqual({ text: "Text", ...expected });
  });

  it("reads heading styles without a styles part from their ids", async () => {
    const blocks = await readParts({ document: documentXml(p("Decision:", `<w:pStyle w:val="Heading1"/>`) + p("Body")) });
    expect(blocks).toEqual([
      { text: "Decision:", style: "Heading1", outlineLevel: 1 },
      { text: "Body", style: "Normal" },
    ]);
  });
});

describe("list numbering", () => {
  it("labels a decimal list with a lettered second level, as Word shows it (docx package)", async () => {
    const item = (text: string, level: number) => new Paragraph({ text, numbering: { reference: "decisions", level } });
    const blocks = await readBuilt(
      new Document({
        numbering: {
          config: [
            {
              reference: "decisions",
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
                { level: 1, format: LevelFormat.LOWER_LETTER, text: "%1.%2)", alignment: AlignmentType.START },
              ],
            },
          ],
        },
        sections: [{ children: [item("Adopt the strategy", 0), item("Delegate", 0), item("county-wide", 1), item("local", 1), item("Review", 0), item("yearly", 1)] }],
      }),
    );
    expect(blocks.map((block) => [block.text, block.isListItem, block.listLabel])).toEqual([
      ["Adopt the strategy", true, "1."],
      ["Delegate", true, "2."],
      ["county-wide", true, "2.a)"],
      ["local", true, "2.b)"],
      ["Review", true, "3."],
      ["yearly", true, "3.a)"],
    ]);
  });

  const levels = (definitions: [string, string, number?][]) =>
    definitions
      .map(([format, text, start], ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`)
      .join("");
  const numbering = numberingXml(
    [
      `<w:abstractNum w:abstractNumId="0">${levels([["upperRoman", "%1."], ["lowerRoman", "(%2)"], ["upperLetter", "%3)"]])}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="1">${levels([["bullet", "\uf0b7"], ["bullet", "o"]])}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="2">${levels([["decimal", "%1.", 4]])}</w:abstractNum>`,
      `<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl></w:abstractNum>`,
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`,
      `<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`,
      `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      `<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`,
      `<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>`,
    ].join(""),
  );
  const numbered = (text: string, numId: number, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
  const styles = stylesXml(
    `<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>`,
  );

  it("formats roman numerals, letters, bullets, start values, restarts and legal numbering", async () => {
    const blocks = await readParts({
      document: documentXml(
        [
          numbered("one", 1),
          numbered("one-i", 1, 1),
          numbered("one-ii", 1, 1),
          numbered("one-ii-A", 1, 2),
          numbered("two", 1),
          numbered("two-i", 1, 1),
          numbered("bullet", 2),
          numbered("sub-bullet", 2, 1),
          p("from the style", `<w:pStyle w:val="ListNumber"/>`),
          p("from the style again", `<w:pStyle w:val="ListNumber"/>`),
          p("numbering switched off", `<w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>`),
          numbered("shares the abstract list, so it continues", 5),
          numbered("restarts", 4),
          numbered("legal a", 6),
          numbered("legal a.1", 6, 1),
          numbered("undefined list", 99),
        ].join(""),
      ),
      numbering,
      styles,
    });
    expect(blocks.map((block) => [block.text, block.isListItem, block.listLabel])).toEqual([
      ["one", true, "I."],
      ["one-i", true, "(i)"],
      ["one-ii", true, "(ii)"],
      ["one-ii-A", true, "A)"],
      ["two", true, "II."],
      ["two-i", true, "(i)"],
      ["bullet", true, "•"],
      ["sub-bullet", true, "o"],
      ["from the style", true, "4."],
      ["from the style again", true, "5."],
      ["numbering switched off", undefined, undefined],
      ["shares the abstract list, so it continues", true, "III."],
      ["restarts", true, "I."],
      ["legal a", true, "a)"],
      ["legal a.1", true, "1.1"],
      ["undefined list", true, undefined],
    ]);
  });
});

describe("tables", () => {
  it("marks paragraphs in table cells, including nested tables, and nothing after the table", async () => {
    const blocks = await readBuilt(
      new Document({
        sections: [
          {
            children: [
              new Paragraph("Before"),
              new Table({
                rows: [
                  new TableRow({
                    children: [
                      new TableCell({ children: [new Paragraph("Decision number")] }),
                      new TableCell({
                        children: [
                          new Paragraph("24/00012"),
                          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("nested")] })] })] }),
                          new Paragraph("after nested"),
                        ],
                      }),
                    ],
                  }),
                ],
              }),
              new Paragraph("After"),
            ],
          },
        ],
      }),
    );
    expect(blocks.map((block) => [block.text, block.inTable === true])).toEqual([
      ["Before", false],
      ["Decision number", true],
      ["24/00012", true],
      ["nested", true],
      ["after nested", true],
      ["After", false],
    ]);
  });
});

describe("content controls", () => {
  const sdt = (tag: string | undefined, content: string, extraProperties = "") =>
    `<w:sdt><w:sdtPr>${extraProperties}${tag === undefined ? "" : `<w:tag w:val="${tag}"/>`}<w:id w:val="1"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

  it("tags every paragraph inside a block-level control with the innermost tag", async () => {
    const blocks = await readParts({
      document: documentXml(
        [
          p("Untagged"),
          sdt("rod:decision", p("Decision:") + p("I agree to adopt the strategy.") + sdt("rod:inner", p("Inner")) + sdt(undefined, p("Untagged inner"))),
          sdt(undefined, p("Control without a tag")),
          sdt("rod:reasons", `<w:tbl><w:tr><w:tc>${p("In a tagged table")}</w:tc></w:tr></w:tbl>`),
        ].join(""),
      ),
    });
    expect(blocks.map((block) => [block.text, block.tag])).toEqual([
      ["Untagged", undefined],
      ["Decision:", "rod:decision"],
      ["I agree to adopt the strategy.", "rod:decision"],
      ["Inner", "rod:inner"],
      ["Untagged inner", "rod:decision"],
      ["Control without a tag", undefined],
      ["In a tagged table", "rod:reasons"],
    ]);
    expect(blocks[6].inTable).toBe(true);
  });

  it("tags a paragraph by an inline control inside it, and keeps the control's text", async () => {
    const [block] = await readParts({
      document: documentXml(`<w:p>${run("Decision no: ")}${sdt("rod:decision-number", run("24/00012"))}</w:p>`),
    });
    expect(block).toEqual({ text: "Decision no: 24/00012", style: "Normal", tag: "rod:decision-number" });
  });

  it("ignores formatting in the control's own properties", async () => {
    const [block] = await readParts({ document: documentXml(sdt("rod:title", p("Title"), `<w:rPr><w:b/></w:rPr>`)) });
    expect(block).toEqual({ text: "Title", style: "Normal", tag: "rod:title" });
  });
});

describe("tracked changes", () => {
  it("keeps inserted text and drops deleted text (docx package)", async () => {
    const date = "2024-03-01T10:00:00Z";
    const [block] = await readBuilt(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [
                  new TextRun("The Cabinet Member agrees to "),
                  new DeletedTextRun({ text: "reject", id: 1, author: "Officer", date }),
                  new InsertedTextRun({ text: "adopt", id: 2, author: "Officer", date }),
                  new TextRun(" the strategy."),
                ],
              }),
            ],
          },
        ],
      }),
    );
    expect(block.text).toBe("The Cabinet Member agrees to adopt the strategy.");
  });

  it("drops moved-away text and keeps moved-in text", async () => {
    const [block] = await readParts({
      document: documentXml(
        `<w:p><w:moveFrom w:id="1" w:author="a">${run("old place ")}</w:moveFrom>${run("kept")}<w:moveTo w:id="2" w:author="a">${run(" new place")}</w:moveTo></w:p>`,
      ),
    });
    expect(block.text).toBe("kept new place");
  });
});

describe("fields", () => {
  it("keeps a simple field's result (docx package)", async () => {
    const [block] = await readBuilt(
      new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun("Page "), new SimpleField("PAGE", "3")] })] }] }),
    );
    expect(block.text).toBe("Page 3");
  });

  it("keeps the result of a complex field and drops its instruction, nested fields included", async () => {
    const fieldChar = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const instruction = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    const [block] = await readParts({
      document: documentXml(
        `<w:p>${run("Signed on ")}${fieldChar("begin")}${instruction(" IF ")}${fieldChar("begin")}${instruction(" DATE ")}${fieldChar("separate")}${run("1 March 2024")}${fieldChar("end")}${run(" in instruction")}${fieldChar("separate")}${run("1 March 2024")}${fieldChar("end")}${run(".")}</w:p>`,
      ),
    });
    expect(block.text).toBe("Signed on 1 March 2024.");
  });
});

describe("tabs, breaks and special characters", () => {
  it("turns tabs into tab characters and line breaks into spaces, keeping one paragraph", async () => {
    const blocks = await readParts({
      document: documentXml(
        `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run("Signed")}<w:r><w:tab/><w:t>Date</w:t><w:br/><w:t>To be allocated by</w:t><w:cr/><w:t>Democratic Services</w:t><w:br w:type="page"/><w:t>non</w:t><w:noBreakHyphen/><w:t>key</w:t><w:softHyphen/></w:r></w:p>`,
      ),
    });
    expect(texts(blocks)).toEqual(["Signed\tDate To be allocated by Democratic Services non-key"]);
  });

  it("keeps empty paragraphs as empty blocks, in order", async () => {
    expect(texts(await readParts({ document: documentXml(p("One") + p("") + p("Two")) }))).toEqual(["One", "", "Two"]);
  });

  it("leaves out text boxes and the fallback copy of drawings", async () => {
    const blocks = await readParts({
      document: documentXml(
        `<w:p>${run("Body")}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p("In a text box")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p("In a text box")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
      ),
    });
    expect(texts(blocks)).toEqual(["Body"]);
  });
});

describe("bold-only paragraphs", () => {
  const styles = stylesXml(
    `<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong Para"/><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="character" w:styleId="StrongChar"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`,
  );
  it.each([
    ["every run bold", `<w:p>${run("For ", "<w:b/>")}${run("publication", "<w:b/>")}</w:p>`, true],
    ["one run not bold", `<w:p>${run("For ", "<w:b/>")}${run("publication")}</w:p>`, false],
    ["a plain space between bold runs does not count", `<w:p>${run("For", "<w:b/>")}${run(" ")}${run("publication", "<w:b w:val=\"1\"/>")}</w:p>`, true],
    ["bold switched off with w:val=0", `<w:p>${run("For publication", "<w:b w:val=\"0\"/>")}</w:p>`, false],
    ["bold from the paragraph style", `<w:p><w:pPr><w:pStyle w:val="Strong"/></w:pPr>${run("For publication")}</w:p>`, true],
    ["style bold switched off in the run", `<w:p><w:pPr><w:pStyle w:val="Strong"/></w:pPr>${run("For publication", "<w:b w:val=\"false\"/>")}</w:p>`, false],
    ["bold from a character style", `<w:p>${run("For publication", "<w:rStyle w:val=\"StrongChar\"/>")}</w:p>`, true],
    ["bold paragraph mark only", `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${run("For publication")}</w:p>`, false],
    ["empty paragraph", `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:p>`, false],
  ])("%s", async (_name, xml, bold) => {
    const [block] = await readParts({ document: documentXml(xml), styles });
    expect(block.bold === true).toBe(bold);
  });
});

describe("package layout", () => {
  it("finds the main document through the package relationships, not by a fixed name", async () => {
    const blocks = await readParts({ document: documentXml(p("Elsewhere")), documentPath: "word/main.xml" });
    expect(texts(blocks)).toEqual(["Elsewhere"]);
  });

  it("reads Strict Open XML and any namespace prefix", async () => {
    const strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const xml = documentXml(`<x:p><x:pPr><x:pStyle x:val="Heading2"/></x:pPr><x:r><x:t>Strict</x:t></x:r></x:p>`, "x", strict);
    expect(await readParts({ document: xml })).toEqual([{ text: "Strict", style: "Heading2", outlineLevel: 2 }]);
  });

  it("ignores a byte-order mark and reads characters split across chunks", async () => {
    const long = "£1,000,000 – é ".repeat(20_000);
    const blocks = await readParts({ document: `\ufeff${documentXml(p(long))}` });
    expect(blocks[0].text).toBe(long);
  });

  it("ignores elements of other namespaces", async () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:o="urn:other"><w:body><o:p><o:t>not Word</o:t></o:p>${p("Word")}</w:body></w:document>`;
    expect(texts(await readParts({ document: xml }))).toEqual(["Word"]);
  });
});
