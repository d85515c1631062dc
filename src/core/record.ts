import { bodyBlocks } from "./analyse";
import type { Analysis } from "./analysis";
import { findDates } from "./dates";
import type { DocSnapshot } from "./document";
import { occurrencesOf } from "./outline";
import type { KeyDecisionAnswer, ReportSummary } from "./report";
import type { SectionId } from "./sections";

/**
 * The fields Democratic Services key into the decisions register (modern.gov, CMIS) for one record, as read from it.
 * Text fields hold a section's paragraphs as written, joined with a blank line; "" when the record has none.
 */
export interface DecisionRecord {
  title: string;
  decisionMaker: string;
  decisionNumber: string;
  /** ISO date (yyyy-mm-dd) of the decision, from the signature block or a "Date of decision" line; "" when none is written. */
  decisionDate: string;
  keyDecision: KeyDecisionAnswer;
  /** The largest spend or budget in whole pounds, or null when the record names none. */
  largestSpend: number | null;
  publication: "public" | "exempt" | "unknown";
  /** Schedule 12A paragraphs the record cites ("3; 5"), or "". */
  exemptParagraphs: string;
  decision: string;
  reasons: string;
  alternatives: string;
  interests: string;
  errors: number;
  warnings: number;
}

/** The field names in register order, with the label a person reads: the CSV header and the pane's table share them. */
export const RECORD_FIELDS = [
  ["title", "Title"],
  ["decisionMaker", "Decision-maker"],
  ["decisionNumber", "Decision number"],
  ["decisionDate", "Date of decision"],
  ["keyDecision", "Key decision"],
  ["largestSpend", "Largest spend (£)"],
  ["publication", "Publication"],
  ["exemptParagraphs", "Exempt paragraphs (Schedule 12A)"],
  ["decision", "Decision"],
  ["reasons", "Reasons"],
  ["alternatives", "Alternatives considered and rejected"],
  ["interests", "Interests declared and dispensations"],
  ["errors", "Errors"],
  ["warnings", "Warnings"],
] as const satisfies readonly (readonly [keyof DecisionRecord, string])[];

const DATE_LINE = /^\s*(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|date\s+(?:decision\s+)?(?:taken|made|signed)|dated?)\b/i;

function sectionText(snapshot: DocSnapshot, analysis: Analysis, section: SectionId): string {
  return occurrencesOf(analysis.outline, section)
    .flatMap((occurrence) => bodyBlocks(snapshot, occurrence))
    // Lines of dots or underscores (a signature line run into the section above) are not part of what was written.
    .filter((part) => /[\p{L}\p{N}]/u.test(part.text))
    .map((part) => {
      const label = part.start === 0 ? snapshot.blocks[part.block].listLabel : undefined;
      return `${label ? `${label} ` : ""}${part.text.trim()}`;
    })
    .join("\n\n");
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The decision's date: the first date in the signature block, else on a "Date of decision" line. */
function decisionDate(snapshot: DocSnapshot, analysis: Analysis): string {
  const signature = occurrencesOf(analysis.outline, "signature");
  const candidates = [
    ...signature.flatMap((occurrence) => [snapshot.blocks[occurrence.headingBlock].text, ...bodyBlocks(snapshot, occurrence).map((part) => part.text)]),
    ...snapshot.blocks.filter((block) => DATE_LINE.test(block.text)).map((block) => block.text),
  ];
  for (const text of candidates) {
    const found = findDates(text).find((date) => date.day !== undefined);
    if (found?.day !== undefined) return isoDate(found.day);
  }
  return "";
}

export function extractRecord(snapshot: DocSnapshot, analysis: Analysis, summary: ReportSummary): DecisionRecord {
  const text = (section: SectionId) => sectionText(snapshot, analysis, section);
  const status = summary.publication.status;
  const paragraphs = [...new Set(analysis.citations.flatMap((citation) => citation.paragraphs))];
  return {
    title: text("title"),
    decisionMaker: text("decision-maker"),
    decisionNumber: text("decision-number"),
    decisionDate: decisionDate(snapshot, analysis),
    keyDecision: summary.keyDecision.answer,
    largestSpend: summary.largestSpend ? Math.round(summary.largestSpend.value) : null,
    publication: status === "part-exempt" ? "exempt" : status,
    exemptParagraphs: paragraphs.join("; "),
    decision: text("decision"),
    reasons: text("reasons"),
    alternatives: text("alternatives"),
    interests: text("interests"),
    errors: summary.counts.error,
    warnings: summary.counts.warning,
  };
}
