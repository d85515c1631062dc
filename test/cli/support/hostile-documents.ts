import { readFileSync } from "node:fs";
import { join } from "node:path";
import { documentXml, numberingXml, p, stylesXml, W, wordPackage } from "./word-package";
import { writeZip } from "./zip-writer";

/** The minimal reproductions of issue 15, as `make-repros.py` wrote them. */
export function hostileFixture(name: string): Buffer {
  return readFileSync(join(__dirname, "..", "..", "fixtures", "hostile", name));
}

const DELETION = `w:id="1" w:author="Officer" w:date="2024-01-01T00:00:00Z"`;

/** A paragraph whose mark is a tracked deletion: accepted, it runs on into the next paragraph. */
export function markDeleted(text: string, mark: "del" | "moveFrom" = "del"): string {
  return `<w:p><w:pPr><w:rPr><w:${mark} ${DELETION}/></w:rPr></w:pPr>${text === "" ? "" : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`}</w:p>`;
}

/** A numbered paragraph of list 1 at level 0. */
export function listItem(text: string): string {
  return p(text, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`);
}

/** List 1: one level with the given format, text and start, optionally restarted at `override`. */
export function oneLevelList(format: string, text: string, start = 1, override?: number): string {
  const level = `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const restart = override === undefined ? "" : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${override}"/></w:lvlOverride>`;
  return numberingXml(`<w:abstractNum w:abstractNumId="0">${level}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>${restart}</w:num>`);
}

export function listDocument(format: string, text: string, items: number, start = 1, override?: number): Buffer {
  return wordPackage({
    document: documentXml(Array.from({ length: items }, (_, index) => listItem(`Item ${index + 1}`)).join("")),
    numbering: oneLevelList(format, text, start, override),
  });
}

/** `depth` content controls, one inside the other, around one paragraph: two elements of nesting each. */
export function nestedControls(depth: number): Buffer {
  return wordPackage({ document: documentXml(`${"<w:sdt><w:sdtContent>".repeat(depth)}${p("Deep")}${"</w:sdtContent></w:sdt>".repeat(depth)}`) });
}

/** A paragraph that declares `count` namespaces of its own. */
export function declaringParagraph(count: number): Buffer {
  const declarations = Array.from({ length: count }, (_, index) => `xmlns:n${index}="urn:n${index}"`).join(" ");
  return wordPackage({ document: documentXml(`<w:p ${declarations}><w:r><w:t>Declared</w:t></w:r></w:p>`) });
}

/** `count` complex fields begun inside one another, none reaching its result. */
export function openFields(count: number): Buffer {
  const begin = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF 1 = 1 </w:instrText></w:r>`;
  return wordPackage({ document: documentXml(`<w:p>${begin.repeat(count)}<w:r><w:t>hidden</w:t></w:r></w:p>${p("After")}`) });
}

/** Styles S1..S`length`, each based on the one before; the document's paragraph uses the last. */
export function styleChain(length: number): Buffer {
  const styles = Array.from(
    { length },
    (_, index) =>
      `<w:style w:type="paragraph" w:styleId="S${index + 1}"><w:name w:val="Style ${index + 1}"/>${index === 0 ? "" : `<w:basedOn w:val="S${index}"/>`}</w:style>`,
  ).join("");
  return wordPackage({ document: documentXml(p("Styled", `<w:pStyle w:val="S${length}"/>`)), styles: stylesXml(styles) });
}

/** `count` paragraphs whose marks are all deleted: accepted, one paragraph, but each still costs reading. */
export function deletedMarkFlood(count: number): Buffer {
  return wordPackage({ document: documentXml(markDeleted("").repeat(count) + p("End")) });
}

const RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A package whose main part is written by hand: duplicated, mislabelled or corrupt. */
export function documentEntries(...documents: { name?: string; data: string; localName?: string; declaredCrc?: number }[]): Buffer {
  return writeZip([{ name: "_rels/.rels", data: RELATIONSHIPS }, ...documents.map((document) => ({ name: "word/document.xml", ...document }))]);
}

/** Padding stored ahead of the parts, so the file is too big to read whole and parts stream from disk. */
export function padded(entries: Parameters<typeof documentEntries>, paddingBytes: number): Buffer {
  return writeZip([
    { name: "word/media/image1.png", data: Buffer.alloc(paddingBytes, 1), method: "store" },
    { name: "_rels/.rels", data: RELATIONSHIPS },
    ...entries.map((document) => ({ name: "word/document.xml", ...document })),
  ]);
}

/** A document part encoded in UTF-16, with or without its byte-order mark. */
export function utf16Document(body: string, order: "le" | "be", withMark: boolean): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
  let bytes = Buffer.from(`${withMark ? "\ufeff" : ""}${xml}`, "utf16le");
  if (order === "be") bytes = Buffer.from(bytes).swap16();
  return writeZip([
    { name: "_rels/.rels", data: RELATIONSHIPS },
    { name: "word/document.xml", data: bytes },
  ]);
}
