/**
 * The one shape every reader produces (Word layer, .docx reader, text reader).
 * No Office types leak into it, so the checker runs the same everywhere.
 */

/** Word's built-in style names as `Paragraph.styleBuiltIn` reports them (e.g. "Heading1", "Normal", "Other"). */
export type BuiltInStyle = string;

export interface Block {
  /** Visible text of the paragraph, without the paragraph mark. */
  text: string;
  /** Built-in style ("Normal", "Heading1".."Heading9", "Title", "ListParagraph", "Other"); undefined when unknown. */
  style?: BuiltInStyle;
  /** 1..9 for outline (heading) levels; undefined for body text. */
  outlineLevel?: number;
  isListItem?: boolean;
  /** Automatic list label as rendered ("1.3", "a)"), when the reader can compute it. */
  listLabel?: string;
  inTable?: boolean;
  /** Tag of the innermost content control the paragraph sits in, e.g. "rod:decision". */
  tag?: string;
  /** True when every character of the paragraph is bold (a "bold-only" line). */
  bold?: boolean;
}

export interface DocSnapshot {
  blocks: Block[];
}

export const TAG_PREFIX = "rod:";

export function headingLevel(block: Block): number | undefined {
  if (block.outlineLevel !== undefined && block.outlineLevel >= 1 && block.outlineLevel <= 9) {
    return block.outlineLevel;
  }
  const match = /^Heading([1-9])$/.exec(block.style ?? "");
  if (match) return Number(match[1]);
  if (block.style === "Title") return 1;
  return undefined;
}
