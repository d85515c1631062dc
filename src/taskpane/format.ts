import type { Profile } from "../core/profile/schema";
import type { AmountSummary, KeyDecisionAnswer, PublicationStatus, ReportSummary, Severity } from "../core/report";
import { formatPounds } from "../core/pounds";
import { sectionLabel } from "../core/rules/utils/section-name";
import type { SectionId } from "../core/sections";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

/** The answer as the record gives it; an unanswered question is not the same as a missing heading. */
export function keyDecisionText(answer: KeyDecisionAnswer, headingPresent: boolean): string {
  if (answer === "yes") return "YES";
  if (answer === "no") return "NO";
  return headingPresent ? "Not answered" : "No key-decision line";
}

export function publicationText(status: PublicationStatus): string {
  switch (status) {
    case "public":
      return "For publication";
    case "exempt":
      return "Not for publication (exempt)";
    case "part-exempt":
      return "Partly exempt";
    case "unknown":
      return "Not stated";
  }
}

/** "£8.5m per annum — over the £1,000,000 threshold" */
export function largestSpendText(spend: AmountSummary, threshold: ReportSummary["threshold"]): string {
  const amount = spend.period && !spend.text.includes(spend.period) ? `${spend.text} ${spend.period}` : spend.text;
  const limit = formatPounds(threshold.value);
  let relation: string;
  if (spend.value > threshold.value) relation = `over the ${limit} threshold`;
  else if (spend.value < threshold.value) relation = `under the ${limit} threshold`;
  else if (threshold.comparator === "at-least") relation = `at the ${limit} threshold, which makes it key`;
  else relation = `at the ${limit} threshold, not in excess of it`;
  return `${amount} — ${relation}`;
}

/** The section's heading in the council's words, in sentence case ("DECISION TO BE TAKEN BY:" → "Decision to be taken by"). */
export function sectionName(profile: Profile, section: SectionId): string {
  return sectionLabel(profile.sections.find((candidate) => candidate.id === section)?.heading ?? section);
}

/** Keeps button names distinct without reading out a whole paragraph. */
export function shortText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
