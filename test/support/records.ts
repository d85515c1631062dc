import type { SectionId } from "../../src/core";

/**
 * A complete, clean Kent record of decision in Markdown, section by section, so a test can change or
 * remove one section and see exactly what the checker says about that change alone.
 */
export const CLEAN_KENT: Record<SectionId, string[]> = {
  "decision-maker": ["## DECISION TAKEN BY:", "Roger Gough, Leader of the Council"],
  "decision-number": ["## DECISION NO:", "24/00012"],
  publication: ["For publication"],
  "key-decision": ["Key decision: NO"],
  "key-decision-criteria": [
    "Key decision criteria. The decision will:",
    "- a) result in savings or expenditure which is significant having regard to the budget for the service or function (currently defined by the Council as in excess of £1,000,000); or",
    "- b) be significant in terms of its effects on a significant proportion of the community living or working within two or more electoral divisions.",
  ],
  title: ["## Subject Matter / Title of Decision", "Library opening hours pilot"],
  decision: ["## Decision:", "As Cabinet Member for Communities, I agree to extend opening hours at three libraries for a six-month pilot, at a cost of £45,000."],
  reasons: ["## Reason(s) for decision:", "Visitor surveys showed demand for evening opening at the three busiest libraries."],
  "financial-implications": ["## Financial Implications", "The £45,000 cost is met from the existing libraries budget."],
  "legal-implications": ["## Legal implications", "The Public Libraries and Museums Act 1964 requires a comprehensive and efficient service."],
  "equalities-implications": ["## Equalities implications", "An equality impact assessment found no adverse impact."],
  consultation: [
    "## Cabinet Committee recommendations and other consultation:",
    "The Growth, Economic Development and Communities Cabinet Committee considered the decision on 12 March 2024.",
  ],
  alternatives: ["## Any alternatives considered and rejected:", "Keeping the current hours was rejected because it does not meet the demand shown in the surveys."],
  interests: ["## Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:", "None"],
  signature: [".....", "signed", ".....", "date"],
};

/** The clean record, with some sections replaced (lines) or removed (null). */
export function kentRecord(changes: Partial<Record<SectionId, string[] | null>> = {}, title = "# KENT COUNTY COUNCIL – RECORD OF DECISION"): string {
  const lines = [title];
  for (const [section, content] of Object.entries(CLEAN_KENT) as [SectionId, string[]][]) {
    const changed = section in changes ? changes[section] : content;
    if (changed) lines.push(...changed);
  }
  return lines.join("\n");
}

/** The clean record with extra lines added to the end of one section's body. */
export function kentRecordWith(section: SectionId, ...extra: string[]): string {
  return kentRecord({ [section]: [...CLEAN_KENT[section], ...extra] });
}
