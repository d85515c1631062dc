import { snapshotFromText, type Block, type Finding, type Fix, type Profile } from "../../src/core";
import { checkDocument } from "../../src/core/check";
import { rules } from "../../src/core/rules";
import type { Rule } from "../../src/core/rules/types";

export interface ExpectedFinding {
  message: string;
  severity?: Finding["severity"];
  section?: Finding["section"];
  /** The located text (location.text). */
  text?: string;
  /** The fix, exactly; `null` says there is none. A finding with a fix its case does not state fails. */
  fix?: Fix | null;
}

type Doc = string | Block[];

export interface ValidCase {
  name: string;
  doc: Doc;
  profile?: Profile;
}

export interface InvalidCase extends ValidCase {
  /** At least one: a document the rule is silent on is a valid case. */
  findings: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function ruleById(ruleId: string): Rule {
  const rule = rules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`No rule has the id "${ruleId}": the tester runs rules registered in src/core/rules/index.ts.`);
  return rule;
}

/** The findings of one rule, run alone (with the real analysis and the profile's levels), in the engine's order. */
export function findingsOf(ruleId: string, doc: Doc, profile?: Profile): Finding[] {
  const snapshot = typeof doc === "string" ? snapshotFromText(doc) : { blocks: doc };
  return checkDocument(snapshot, profile, { rules: [ruleById(ruleId)] }).findings;
}

/** Throws, with a diff, unless the rule reports nothing on this document. */
export function assertValid(ruleId: string, item: ValidCase): void {
  expect(findingsOf(ruleId, item.doc, item.profile)).toEqual([]);
}

/**
 * Throws unless the rule reports exactly these findings, in order. Each expected field is compared; a fix is
 * compared whenever the case states one (or `null`) and whenever the rule reports one, so an unstated fix fails.
 */
export function assertInvalid(ruleId: string, item: InvalidCase): void {
  if (item.findings.length === 0) throw new Error(`Invalid case "${item.name}" expects no finding: list the findings, or make it a valid case.`);
  const actual = findingsOf(ruleId, item.doc, item.profile).map((finding, index) => {
    const expected: Partial<ExpectedFinding> = item.findings[index] ?? {};
    return {
      message: finding.message,
      ...("severity" in expected ? { severity: finding.severity } : {}),
      ...("section" in expected ? { section: finding.section } : {}),
      ...("text" in expected ? { text: finding.location?.text } : {}),
      ...("fix" in expected || finding.fix ? { fix: finding.fix ?? null } : {}),
    };
  });
  expect(actual).toEqual(item.findings);
}

/**
 * Table-driven rule tests, after ESLint's RuleTester: only the rule under test runs; valid documents report
 * nothing, invalid ones report exactly the findings listed, fixes included.
 */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    test.each(cases.valid.map((item) => [item.name, item] as const))("passes: %s", (_name, item) => assertValid(ruleId, item));
    test.each(cases.invalid.map((item) => [item.name, item] as const))("reports: %s", (_name, item) => assertInvalid(ruleId, item));
  });
}
