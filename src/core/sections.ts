/** Section ids are a public contract: profiles, content-control tags, CLI output and SARIF use them. */
export const SECTION_IDS = [
  "decision-maker",
  "decision-number",
  "publication",
  "key-decision",
  "key-decision-criteria",
  "title",
  "decision",
  "reasons",
  "financial-implications",
  "legal-implications",
  "equalities-implications",
  "consultation",
  "alternatives",
  "interests",
  "signature",
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}
