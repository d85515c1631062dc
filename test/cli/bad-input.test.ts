import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/cli/readers";
import { DEFAULT_DOCX_LIMITS, readDocx } from "../../src/docx";
import { openZipFile } from "../../src/docx/node/zip-file";
import { main } from "../../src/cli/main";
import { compoundFile, honestBomb, lyingBomb, oversizedStyles, validPackage } from "./support/bad-inputs";
import { largeDocument } from "./support/large-document";
import { memoryIo } from "./support/memory-io";
import { documentXml, p, Scratch, wordPackage } from "./support/word-package";
import { writeZip } from "./support/zip-writer";

jest.setTimeout(120_000);

const scratch = new Scratch();
afterAll(() => scratch.remove());

const secret = scratch.write("secret.txt", "TOP-SECRET-PAYROLL");
const entities = (declaration: string, body: string) =>
  `<?xml version="1.0"?><!DOCTYPE w:document [${declaration}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`;

/** Each bad input, the file name it arrives under, and the words its one-line message must contain. */
const BAD_INPUTS: [string, string, () => Buffer | Promise<Buffer>, RegExp][] = [
  ["not a zip", "letter.docx", () => Buffer.from("Dear Democratic Services,\nplease find the record attached.\n"), /is not a Word \.docx file: it is not a zip archive/],
  ["a truncated zip", "cut.docx", () => validPackage().subarray(0, 300), /is damaged or incomplete: the zip archive is cut short/],
  ["a zip missing its last bytes", "tail.docx", () => validPackage().subarray(0, validPackage().length - 10), /is damaged or incomplete/],
  ["a zip bomb that declares its size", "bomb.docx", honestBomb, /is too large to read safely: word\/document\.xml unpacks to more than 256 MiB \(a zip bomb\?\)/],
  ["a zip bomb with lying headers", "liar.docx", () => lyingBomb(), /unpacks to more than the archive declares \(a zip bomb\?\)/],
  ["a zip bomb with lying headers, in a file too big to read whole", "big-liar.docx", () => lyingBomb(17 * 1024 * 1024), /unpacks to more than the archive declares \(a zip bomb\?\)/],
  ["an oversized styles part", "styles.docx", oversizedStyles, /word\/styles\.xml unpacks to more than 16 MiB/],
  ["an external entity", "xxe.docx", () => wordPackage({ document: entities(`<!ENTITY xxe SYSTEM "file://${secret}">`, "&xxe;") }), /contains a DOCTYPE declaration/],
  ["an entity expansion (billion laughs)", "laughs.docx", () => wordPackage({ document: entities(`<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">`, "&c;") }), /contains a DOCTYPE declaration/],
  ["a password-protected document", "locked.docx", () => compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), /is encrypted or password-protected/],
  ["a Word 97-2003 document", "old.doc", () => compoundFile(["Root Entry", "WordDocument", "1Table"]), /is a Word 97-2003 \.doc; save it as \.docx/],
  ["an empty file", "empty.docx", () => Buffer.alloc(0), /is empty \(0 bytes\)/],
  ["a zip without word/document.xml", "nodoc.docx", () => writeZip([{ name: "notes.txt", data: "hello" }]), /is not a Word document: it has no word\/document\.xml/],
  ["an empty zip", "nothing.docx", () => writeZip([]), /is an empty zip archive/],
  ["document.xml that is not well-formed", "broken.docx", () => wordPackage({ document: `<w:document xmlns:w="x"><w:body><w:p>` }), /is damaged: word\/document\.xml is not well-formed XML/],
  [
    "an Excel workbook renamed .docx",
    "sheet.docx",
    () =>
      writeZip([
        {
          name: "_rels/.rels",
          data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        },
        { name: "xl/workbook.xml", data: "<workbook/>" },
      ]),
    /is an Excel workbook, not a Word document/,
  ],
  ["a PDF", "record.pdf", () => Buffer.from("%PDF-1.7\n%âãÏÓ\n"), /is a PDF, not a Word document/],
  ["an RTF file", "record.docx", () => Buffer.from("{\\rtf1\\ansi Record}"), /is a Rich Text \(RTF\) file/],
  ["binary data named .txt", "record.txt", () => Buffer.from([0x52, 0x4f, 0x44, 0x00, 0x01]), /does not look like a text file/],
];

describe.each(BAD_INPUTS)("%s", (_name, fileName, build, message) => {
  let path: string;
  beforeAll(async () => {
    path = scratch.write(join(_name.replace(/\W+/g, "-"), fileName), await build());
  });

  it("is refused with one clear line saying what is wrong", async () => {
    const error = await readDocument(path).then(
      () => undefined,
      (failure: Error) => failure,
    );
    expect(error?.name).toBe("InputError");
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain("\n");
  });
});

describe("each cap", () => {
  const record = () => wordPackage({ document: documentXml(p("Decision:") + p("Approve the budget of £2.4m.")), styles: `<w:styles xmlns:w="x"/>` });
  it.each([
    ["entries per archive", { maxEntries: 3 }, /its zip archive lists 5 parts \(more than 3\)/],
    ["bytes per part", { maxEntryBytes: 100 }, /_rels\/\.rels unpacks to more than 100 bytes \(a zip bomb\?\)/],
    ["bytes in all", { maxTotalBytes: 300 }, /its parts unpack to more than 300 bytes/],
    ["characters of text", { maxTextChars: 20 }, /holds more than 20 characters of text/],
  ])("stops a document past the cap on %s", async (_name, limits, message) => {
    const path = scratch.write(`cap-${_name.replace(/\W+/g, "-")}.docx`, record());
    await expect(readDocx(await openZipFile(path), { ...DEFAULT_DOCX_LIMITS, ...limits })).rejects.toThrow(message);
    await expect(readDocx(await openZipFile(path), DEFAULT_DOCX_LIMITS)).resolves.toEqual({ blocks: expect.any(Array) });
  });
});

describe("through the command", () => {
  it("names each bad file on one line, exits 2, and still checks every other file", async () => {
    const folder = join(scratch.dir, "inbox");
    for (const [name, fileName, build] of BAD_INPUTS) {
      if (fileName.endsWith(".pdf") || fileName.endsWith(".doc")) continue;
      scratch.write(join("inbox", `${name.replace(/\W+/g, "-")}-${fileName}`), await build());
    }
    const seed = readFileSync(join(__dirname, "..", "fixtures", "seeds", "kent-send-strategy-2021.txt"));
    scratch.write(join("inbox", "good-record.txt"), seed);

    const io = memoryIo(scratch.dir);
    const code = await main([folder, "--format", "json"], io);
    expect(code).toBe(2);

    const report = JSON.parse(io.out()) as { files: { path: string; error: string | null; findings: unknown[] }[] };
    const failures = report.files.filter((file) => file.error !== null);
    const checkable = BAD_INPUTS.filter(([, fileName]) => !fileName.endsWith(".pdf") && !fileName.endsWith(".doc"));
    expect(failures).toHaveLength(checkable.length);
    expect(report.files.find((file) => file.path === "inbox/good-record.txt")).toMatchObject({ error: null });
    expect(report.files.find((file) => file.path === "inbox/good-record.txt")?.findings.length).toBeGreaterThan(0);

    const lines = io.err().trimEnd().split("\n");
    expect(lines).toHaveLength(checkable.length);
    for (const failure of failures) expect(lines).toContain(`rod-check: ${failure.path} ${failure.error}`);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.out() + io.err()).not.toContain("TOP-SECRET-PAYROLL");
  });
});

describe("a 20 MB document", () => {
  it("is read and checked within the caps", async () => {
    const { docx, paragraphs } = largeDocument(20 * 1024 * 1024);
    expect(docx.length).toBeGreaterThan(20 * 1024 * 1024);
    const path = scratch.write("large.docx", docx);

    const snapshot = await readDocument(path);
    expect(snapshot.blocks).toHaveLength(paragraphs);
    expect(snapshot.blocks[0].text).toHaveLength(240);

    const io = memoryIo(scratch.dir);
    const code = await main([path, "--format", "json"], io);
    expect(io.err()).toBe("");
    expect(code).not.toBe(2);
    expect(JSON.parse(io.out()).files[0]).toMatchObject({ path: "large.docx", error: null });
  });

  it("in a package with pictures is read without unpacking them", async () => {
    const picture = { name: "word/media/image1.png", data: Buffer.alloc(30 * 1024 * 1024, 7), method: "store" as const };
    const path = scratch.write("pictures.docx", wordPackage({ document: documentXml(p("Decision:") + p("Approve.")), extra: [picture] }));
    expect((await readDocument(path)).blocks.map((block) => block.text)).toEqual(["Decision:", "Approve."]);
  });
});
