import type { DocSnapshot } from "../core/document";
import { readBody } from "./body";
import { InputError } from "./errors";
import { DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { readNumbering } from "./numbering";
import { readRelationships, targetOfType } from "./relationships";
import { readStyles } from "./styles";
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
 * Reads a .docx into the same snapshot the Word layer produces: body paragraphs in order, with their
 * built-in style, outline level, list label, table and content-control context, as the document reads
 * with tracked changes accepted. The archive comes from `source` (./node or ./browser), which is closed
 * once the document has been read or refused.
 */
export async function readDocx(source: ZipSource, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<DocSnapshot> {
  const pkg = await ZipPackage.open(source, limits);
  try {
    const main = targetOfType(await readRelationships(pkg, "", limits), "officeDocument") ?? "word/document.xml";
    for (const [pattern, message] of OTHER_OFFICE_FILES) {
      if (pattern.test(main)) throw new InputError(message);
    }
    if (!pkg.has(main)) throw new InputError(`is not a Word document: it has no ${main}`);
    const parts = await readRelationships(pkg, main, limits);
    const styles = await readStyles(pkg, targetOfType(parts, "styles") ?? "word/styles.xml", limits);
    const numbering = await readNumbering(pkg, targetOfType(parts, "numbering") ?? "word/numbering.xml", styles, limits);
    return await readBody(pkg, main, styles, numbering, limits);
  } finally {
    pkg.close();
  }
}
