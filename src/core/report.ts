import type { DecisionRecord } from "./record";
import type { SectionId } from "./sections";

export type Severity = "error" | "warning" | "info";

/** Where a finding sits: a paragraph (block index) and a span of its text. */
export interface Location {
  block: number;
  /** Offset in the block's text (UTF-16 code units). */
  start: number;
  length: number;
  /** The text at that span when the check ran; a fix re-reads it and refuses if it changed. */
  text: string;
}

/**
 * A fix is plain data. The Word layer (or any other host) applies it only after checking that
 * the target still reads as it did when the check ran.
 */
export type Fix =
  | {
      kind: "insert-section";
      section: SectionId;
      /** The present section it goes after, in template order; undefined means before every present section. */
      after?: SectionId;
      description: string;
      /** What happened once it is applied, in the past tense ("Inserted the “Reasons” section"). */
      done?: string;
    }
  | {
      kind: "replace-text";
      location: Location;
      replacement: string;
      description: string;
      /** What happened once it is applied, in the past tense ("Changed “NO” to “YES”"). */
      done?: string;
    }
  | {
      /** Give a paragraph a built-in heading style, keeping its text, numbering and content control. */
      kind: "heading-style";
      location: Location;
      /** Word built-in style: "Title" or "Heading1".."Heading6". */
      style: string;
      description: string;
      done?: string;
    };

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Plain British English that says what is wrong and what to do. */
  message: string;
  section?: SectionId;
  location?: Location;
  data?: Record<string, unknown>;
  fix?: Fix;
}

/** "source": where the money comes from (a reserve or fund the spending is met from), not the spending itself. */
export type AmountClass = "spend" | "budget" | "cap" | "threshold" | "boilerplate" | "income" | "source";

export type KeyDecisionAnswer = "yes" | "no" | "missing";

export type PublicationStatus = "public" | "exempt" | "part-exempt" | "unknown";

export type SectionStatus = "present" | "missing" | "empty";

export interface SectionSummary {
  id: SectionId;
  heading: string;
  mandatory: boolean;
  status: SectionStatus;
  /** Block index of the heading (or of the first tagged block) when present. */
  block?: number;
  /**
   * Why the section was read as present when it was not found by an alias or tag: the key terms of its heading,
   * or what a headingless section was inferred from ("the paragraph opens with “RESOLVED”").
   */
  evidence?: string;
}

export interface AmountSummary {
  /** Normalised to whole pounds (pence kept as a fraction). For ranges, the upper bound. */
  value: number;
  /** Lower bound of a range, when the text gave one. */
  from?: number;
  text: string;
  class: AmountClass;
  reason: string;
  comparator?: string;
  period?: string;
  block: number;
  start: number;
  length: number;
  section?: SectionId;
}

export interface ReportSummary {
  profile: string;
  /** True for a "PROPOSED" record: signature, date and number rules relax. */
  proposed: boolean;
  keyDecision: {
    answer: KeyDecisionAnswer;
    /** The words the record used ("YES", "Non-key"), when an answer was found. */
    text?: string;
    block?: number;
  };
  threshold: { value: number; comparator: "in-excess-of" | "at-least"; label: string };
  amounts: AmountSummary[];
  /** The largest spend or budget amount, against the threshold. */
  largestSpend?: AmountSummary & { overThreshold: boolean };
  publication: { status: PublicationStatus; text?: string; block?: number };
  sections: SectionSummary[];
  /** The record's title and section headings that stand on their own line, and how many are real Word headings. */
  headings?: { real: number; total: number };
  counts: Record<Severity, number>;
}

export interface Report {
  findings: Finding[];
  summary: ReportSummary;
  /** The register's fields for this record (decisions register, "Record details"). */
  record?: DecisionRecord;
}

/**
 * Names a finding across checks, so that an officer's "I've checked this" still applies after edits elsewhere
 * move it to another paragraph: the rule, the section and the words it is about, not the paragraph's index.
 */
export function findingKey(finding: Finding): string {
  const about = finding.location?.text ?? (typeof finding.data?.section === "string" ? finding.data.section : finding.message);
  return [finding.ruleId, finding.section ?? "", about.replace(/\s+/g, " ").trim().toLowerCase()].join("|");
}
