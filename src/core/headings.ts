import type { Analysis } from "./analysis";
import { type Block, type DocSnapshot, headingLevel } from "./document";
import type { Profile } from "./profile/schema";
import type { SectionId } from "./sections";
import { normalisePhrase } from "./text/heading-tokens";

/** The Word built-in styles a heading is given: the template's level for a section, Title for the record's title. */
export type HeadingStyleName = "Title" | "Heading1" | "Heading2" | "Heading3" | "Heading4" | "Heading5" | "Heading6";

/** How a line shows it is a heading when it is not one in Word: what a sighted reader sees and a screen reader does not. */
export type HeadingLook = "list item" | "bold" | "capitals" | "colon" | "plain";

export interface HeadingLine {
  block: number;
  /** The section it heads, or undefined for the record's title line. */
  section?: SectionId;
  /** True when Word already treats it as a heading (a heading style, Title, or an outline level). */
  real: boolean;
  look?: HeadingLook;
  /** The style the profile's template gives it. */
  style: HeadingStyleName;
}

/**
 * Sections whose heading line can be the whole field ("For publication", "Key decision" with its answer below):
 * when nothing follows them before the next section they are a value, not a heading to navigate by.
 */
const FIELD_SECTIONS: ReadonlySet<SectionId> = new Set(["publication", "key-decision"]);

/**
 * The key-decision criteria (a lead-in sentence and the council's fixed list) and the signature block ("....." /
 * "signed" / "date") are forms the template fills in, not parts of the record a reader jumps to.
 */
const FORM_SECTIONS: ReadonlySet<SectionId> = new Set(["key-decision-criteria", "signature"]);

export function styleName(level: number): HeadingStyleName {
  return `Heading${Math.min(Math.max(level, 1), 6)}` as HeadingStyleName;
}

/** "Heading2" → "Heading 2"; "Title" stays: the names Word shows in its Styles gallery. */
export function styleLabel(style: HeadingStyleName): string {
  return style === "Title" ? "Title" : style.replace(/(\d)$/, " $1");
}

function look(block: Block): HeadingLook {
  const text = block.text.trim();
  if (block.isListItem || block.listLabel !== undefined) return "list item";
  if (block.bold) return "bold";
  const letters = text.replace(/\P{L}/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return "capitals";
  if (/:\s*$/.test(text)) return "colon";
  return "plain";
}

/** The record's own title line ("KENT COUNTY COUNCIL – RECORD OF DECISION"), when it is the first line above every section. */
function titleLine(snapshot: DocSnapshot, profile: Profile, analysis: Analysis): number | undefined {
  const first = snapshot.blocks.findIndex((block) => block.text.trim() !== "");
  if (first < 0 || analysis.outline.sectionOfBlock[first] !== undefined) return undefined;
  const text = snapshot.blocks[first].text;
  const title = normalisePhrase(profile.documentTitle);
  const isTitle = normalisePhrase(text) === title || /\brecord\s+of\s+(?:the\s+)?decisions?\b/i.test(text);
  return isTitle ? first : undefined;
}

/**
 * The summary counts the heading lines and the heading-style rule reports them: an analysis, made from one snapshot
 * with one profile, has them found once.
 */
const linesCache = new WeakMap<Analysis, readonly HeadingLine[]>();

/**
 * Every line a reader should be able to jump to: the record's title and each recognised section heading that
 * stands on its own line. Headings with their answer on the same line ("Key decision: YES") are left out: making
 * one a heading would put the answer in the outline, and splitting the paragraph is not a safe edit.
 */
export function headingLines(snapshot: DocSnapshot, profile: Profile, analysis: Analysis): readonly HeadingLine[] {
  const cached = linesCache.get(analysis);
  if (cached) return cached;
  const lines = findHeadingLines(snapshot, profile, analysis);
  linesCache.set(analysis, lines);
  return lines;
}

function findHeadingLines(snapshot: DocSnapshot, profile: Profile, analysis: Analysis): HeadingLine[] {
  const lines: HeadingLine[] = [];
  const title = titleLine(snapshot, profile, analysis);
  if (title !== undefined) lines.push(line(title, undefined, "Title"));
  const seen = new Set<number>();
  const sections = new Set<SectionId>();
  for (const occurrence of analysis.outline.occurrences) {
    if (occurrence.via !== "heading" || occurrence.inline || seen.has(occurrence.headingBlock)) continue;
    if (FORM_SECTIONS.has(occurrence.section)) continue;
    // A second place a section is named only by its key terms is as likely a sentence as a heading: only its first counts.
    if (occurrence.evidence && sections.has(occurrence.section)) continue;
    sections.add(occurrence.section);
    if (FIELD_SECTIONS.has(occurrence.section) && occurrence.bodyEnd <= occurrence.bodyStart) continue;
    const definition = profile.sections.find((section) => section.id === occurrence.section);
    if (!definition) continue;
    seen.add(occurrence.headingBlock);
    lines.push(line(occurrence.headingBlock, occurrence.section, styleName(definition.level)));
  }
  return lines.sort((a, b) => a.block - b.block);

  function line(block: number, section: SectionId | undefined, style: HeadingStyleName): HeadingLine {
    const real = headingLevel(snapshot.blocks[block]) !== undefined;
    // Set field by field: spreading optional parts into a literal cost more than the rest of the line's work.
    const entry: HeadingLine = { block, real, style };
    if (section) entry.section = section;
    if (!real) entry.look = look(snapshot.blocks[block]);
    return entry;
  }
}

/** How many of the record's headings are real Word headings: "Headings: 14 of 15 real". */
export function headingCount(lines: readonly HeadingLine[]): { real: number; total: number } {
  return { real: lines.filter((line) => line.real).length, total: lines.length };
}
