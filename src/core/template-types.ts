import type { SectionId } from "./sections";

/** One section of the ROD template, as the Word layer inserts it. */
export interface TemplateSection {
  section: SectionId;
  heading: string;
  /** Word built-in style of the heading paragraph: "Heading1" | "Heading2" | "Heading3". */
  headingStyle: "Heading1" | "Heading2" | "Heading3";
  /** Content-control tag of the body: `rod:<section-id>`. */
  tag: string;
  /** Content-control title shown to the officer in Word. */
  title: string;
  /** Paragraphs inside the body content control. */
  body: string[];
  /** True when the body is guidance the officer must replace (a placeholder), false for fixed text. */
  placeholder: boolean;
}

export interface Template {
  /** First paragraph of a new record (Title style), e.g. "KENT COUNTY COUNCIL – RECORD OF DECISION". */
  title: string;
  sections: TemplateSection[];
}

/**
 * Where a missing section goes, in terms of the document as it is now (block indices of the snapshot
 * that was planned against). Steps with the same anchor are inserted in the order given, each one
 * before the anchor block (or at the end), so they keep template order.
 * "Before the next block" rather than "after the previous one", so nothing lands inside the content
 * control of the section before.
 */
export type InsertionAnchor =
  /** Insert before this block: the first block after the section it follows. */
  | { kind: "before"; block: number }
  /** Append at the end of the document (also used for an empty document). */
  | { kind: "end" };

export interface InsertionStep {
  section: SectionId;
  /** The present section it follows in template order, if any. */
  after?: SectionId;
  anchor: InsertionAnchor;
  content: TemplateSection;
}

export interface InsertionPlan {
  /** True when the document had no text at all: insert the title as well as every section. */
  emptyDocument: boolean;
  /** Title paragraph to insert first (only for an empty document). */
  title?: string;
  missing: SectionId[];
  steps: InsertionStep[];
}
