import type { AmountSummary, KeyDecisionAnswer, PublicationStatus } from "./report";
import type { Citation, ExemptPhrase } from "./schedule-12a";
import type { SectionId } from "./sections";

/** One place where a section was recognised. A section may occur more than once ("As stated above"). */
export interface SectionOccurrence {
  section: SectionId;
  /** Block holding the heading; for a section found only by its content-control tag, its first tagged block. */
  headingBlock: number;
  /**
   * How it was recognised: by content-control tag, by the heading's text, or inferred from a page with no
   * heading for it (a decision that opens "RESOLVED", a title on the first line, a header line naming the decision-maker).
   */
  via: "tag" | "heading" | "inferred";
  /** Why a heading matched by its key terms, or an inferred section, was read as this section: for a reviewer. */
  evidence?: string;
  /** Text after "Heading:" on the same line ("Key decision: YES" → "YES"), with its offset in the block. */
  inline?: { text: string; start: number };
  /** Body blocks: [bodyStart, bodyEnd). Empty when the next section starts straight away. */
  bodyStart: number;
  bodyEnd: number;
}

export interface Outline {
  occurrences: SectionOccurrence[];
  /** For each block, the section it belongs to (heading or body), if any. */
  sectionOfBlock: (SectionId | undefined)[];
  /** Blocks that are headings of any kind (recognised or not), by index. */
  headingBlocks: Set<number>;
}

export interface MalformedAmount {
  block: number;
  start: number;
  length: number;
  text: string;
  reason: string;
}

export interface KeyDecisionReading {
  answer: KeyDecisionAnswer;
  text?: string;
  block?: number;
  /** Block of the key-decision heading, when there is one. */
  headingBlock?: number;
}

export interface Analysis {
  outline: Outline;
  amounts: AmountSummary[];
  malformed: MalformedAmount[];
  keyDecision: KeyDecisionReading;
  publication: { status: PublicationStatus; text?: string; block?: number };
  proposed: boolean;
  /** Every mention of Schedule 12A, found once for the rules and the record that read it. */
  citations: Citation[];
  /** Wording that suggests exempt content, from the profile's exempt phrases. */
  exemptPhrases: ExemptPhrase[];
}
