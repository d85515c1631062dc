import type { DocSnapshot } from "../core/document";
import { readBody } from "./body";
import { InputError } from "./errors";
import { DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { readNumbering } from "./numbering";
import type { NumberingDefinitions } from "./numbering";
import { PartMemo } from "./part-memo";
import { readRelationships, targetOfType } from "./relationships";
import type { Relationship } from "./relationships";
import { readStyles } from "./styles";
import type { StyleDefinitions } from "./styles";
import { DEFAULT_ZIP_LIMITS, ZipPackage } from "./zip";
import type { ZipLimits } from "./zip";
import type { ZipSource } from "./zip-source";

/** The bytes a .docx may unpack to, and the work reading them may cost. */
export interface DocxLimits extends ZipLimits, WorkLimits {}

export const DEFAULT_DOCX_LIMITS: DocxLimits = { ...DEFAULT_ZIP_LIMITS, ...DEFAULT_WORK_LIMITS };

const OTHER_OFFICE_FILES: [RegExp, string][] = [
  [/^xl\//, "is an Excel workbook, not a Word document"],
  [/^ppt\//, "is a PowerPoint presentation, not a Word document"],
];

/**
 * The parts around a document's text that records made from one template share byte for byte, each kind
 * as read from a few stored forms, for a reader that reads many documents one after another.
 */
export interface DocxMemo {
  relationships: PartMemo<readonly Relationship[]>;
  styles: PartMemo<StyleDefinitions>;
  numbering: PartMemo<NumberingDefinitions>;
}

export function createDocxMemo(): DocxMemo {
  return { relationships: new PartMemo(), styles: new PartMemo(), numbering: new PartMemo() };
}

/**
 * Reads a .docx into the same snapshot the Word layer produces: body paragraphs in order, with their
 * built-in style, outline level, list label, table and content-control context, as the document reads
 * with tracked changes accepted. The archive comes from `source` (./node or ./browser), which is closed
 * once the document has been read or refused. With `memo`, parts stored exactly as in a document read
 * before are taken from it rather than read again; the snapshot is the same either way.
 */
export async function readDocx(source: ZipSource, limits: DocxLimits = DEFAULT_DOCX_LIMITS, memo?: DocxMemo): Promise<DocSnapshot> {
  const pkg = await ZipPackage.open(source, limits);
  try {
    const main = targetOfType(await readRelationships(pkg, "", limits, memo?.relationships), "officeDocument") ?? "word/document.xml";
    for (const [pattern, message] of OTHER_OFFICE_FILES) {
      if (pattern.test(main)) throw new InputError(message);
    }
    if (!pkg.has(main)) throw new InputError(`is not a Word document: it has no ${main}`);
    const parts = await readRelationships(pkg, main, limits, memo?.relationships);
    const styles = await readStyles(pkg, targetOfType(parts, "styles") ?? "word/styles.xml", limits, memo?.styles);
    const numbering = await readNumbering(pkg, targetOfType(parts, "numbering") ?? "word/numbering.xml", styles, limits, memo?.numbering);
    return await readBody(pkg, main, styles, numbering, limits);
  } finally {
    pkg.close();
  }
}
