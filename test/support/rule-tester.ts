import { checkDocument, snapshotFromText, type Block, type Finding, type Profile } from "../../src/core";

export interface ExpectedFinding {
  message: string;
  severity?: Finding["severity"];
  section?: Finding["section"];
  /** The located text (location.text). */
  text?: string;
}

export interface RuleCases {
  valid: { name: string; doc: string | Block[]; profile?: Profile }[];
  invalid: { name: string; doc: string | Block[]; profile?: Profile; findings: ExpectedFinding[] }[];
}

export function findingsOf(ruleId: string, doc: string | Block[], profile?: Profile): Finding[] {
  const snapshot = typeof doc === "string" ? snapshotFromText(doc) : { blocks: doc };
  return checkDocument(snapshot, profile).findings.filter((finding) => finding.ruleId === ruleId);
}

/** Table-driven rule tests, after ESLint's RuleTester: valid documents report nothing, invalid ones report exactly these. */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    test.each(cases.valid.map((item) => [item.name, item] as const))("passes: %s", (_name, item) => {
      expect(findingsOf(ruleId, item.doc, item.profile)).toEqual([]);
    });
    test.each(cases.invalid.map((item) => [item.name, item] as const))("reports: %s", (_name, item) => {
      const actual = findingsOf(ruleId, item.doc, item.profile).map((finding, index) => {
        const expected = item.findings[index] ?? {};
        return {
          message: finding.message,
          ...("severity" in expected ? { severity: finding.severity } : {}),
          ...("section" in expected ? { section: finding.section } : {}),
          ...("text" in expected ? { text: finding.location?.text } : {}),
        };
      });
      expect(actual).toEqual(item.findings);
    });
  });
}
