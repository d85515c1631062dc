import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { writeZip } from "./zip-writer";
import type { ZipEntry } from "./zip-writer";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A body's paragraphs (and tables, content controls) wrapped as word/document.xml. */
export function documentXml(body: string, prefix = "w", namespace = W): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}:document xmlns:${prefix}="${namespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
}

export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}">${styles}</w:styles>`;
}

export function numberingXml(definitions: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${definitions}</w:numbering>`;
}

/** A paragraph of plain runs: `p("Hello")`, or with paragraph properties and raw run XML. */
export function p(text: string, properties = ""): string {
  const runs = text === "" ? "" : `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  return `<w:p>${properties === "" ? "" : `<w:pPr>${properties}</w:pPr>`}${runs}</w:p>`;
}

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export interface PackageParts {
  document: string;
  styles?: string;
  numbering?: string;
  /** Where the main document lives; Word uses word/document.xml, others may not. */
  documentPath?: string;
  extra?: ZipEntry[];
}

/** A complete, minimal .docx: content types, relationships, document and optional styles and numbering. */
export function wordPackage(parts: PackageParts): Buffer {
  const documentPath = parts.documentPath ?? "word/document.xml";
  const folder = documentPath.slice(0, documentPath.lastIndexOf("/") + 1);
  const fileName = documentPath.slice(folder.length);
  const related: string[] = [];
  if (parts.styles !== undefined) related.push(`<Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/styles" Target="styles.xml"/>`);
  if (parts.numbering !== undefined) related.push(`<Relationship Id="rId2" Type="${OFFICE_RELATIONSHIP}/numbering" Target="numbering.xml"/>`);
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${documentPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/officeDocument" Target="${documentPath}"/></Relationships>`,
    },
    {
      name: `${folder}_rels/${fileName}.rels`,
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELATIONSHIPS}">${related.join("")}</Relationships>`,
    },
    { name: documentPath, data: parts.document },
  ];
  if (parts.styles !== undefined) entries.push({ name: `${folder}styles.xml`, data: parts.styles });
  if (parts.numbering !== undefined) entries.push({ name: `${folder}numbering.xml`, data: parts.numbering });
  return writeZip([...entries, ...(parts.extra ?? [])]);
}

/** A scratch folder for one test file, removed afterwards. */
export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), "rod-check-"));

  write(name: string, content: Buffer | string): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
