import { analyse, sectionStatus } from "./analyse";
import type { Analysis } from "./analysis";
import type { DocSnapshot } from "./document";
import { headingCount, headingLines } from "./headings";
import { crossesThreshold } from "./money";
import { occurrencesOf } from "./outline";
import { defaultProfile } from "./profile/builtin";
import type { Profile } from "./profile/schema";
import type { Finding, Report, ReportSummary } from "./report";
import { bySeverityThenPosition, countBySeverity, profileLevel } from "./severity";
import { extractRecord } from "./record";
import { rules } from "./rules";
import type { Rule } from "./rules/types";
import { thresholdLabel } from "./rules/utils/key-decision-evidence";

/** Past this many findings from one rule, the rest are counted rather than listed: nobody reads 30,000 of them. */
const MAX_FINDINGS_PER_RULE = 200;

export interface CheckOptions {
  /** The rules to run (each still subject to the profile's levels); every rule when left out. The rule tester runs one. */
  rules?: readonly Rule[];
  /** Whether to extract the register's fields (`Report.record`): yes unless the caller shows none of them. */
  record?: boolean;
}

/**
 * Runs every rule the profile enables over one document. Never throws on a document's content; throws when a rule
 * breaks its own metadata (a fix from a rule not marked fixable), which is a mistake in the rule.
 */
export function checkDocument(snapshot: DocSnapshot, profile: Profile = defaultProfile, options: CheckOptions = {}): Report {
  const analysis = analyse(snapshot, profile);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? rules) {
    const level = profileLevel(rule.meta, profile);
    if (level === "off") continue;
    let listed = 0;
    let unlisted = 0;
    // The same words at the same place are one problem, however many ways a rule came to them.
    const reported = new Set<string>();
    rule.check({
      snapshot,
      profile,
      analysis,
      report: (finding) => {
        if (finding.fix && !rule.meta.fixable) {
          throw new Error(`Rule "${rule.meta.id}" reported a fix but its metadata says it is not fixable: set fixable: true in src/core/rules/metadata.ts, or report the finding without a fix.`);
        }
        const where = finding.location;
        const key = `${where?.block}|${where?.start}|${where?.length}|${finding.message}`;
        if (reported.has(key)) return;
        reported.add(key);
        if (listed === MAX_FINDINGS_PER_RULE) {
          unlisted++;
          return;
        }
        listed++;
        findings.push({ ...finding, ruleId: rule.meta.id, severity: level ?? finding.severity ?? rule.meta.severity });
      },
    });
    if (unlisted > 0) {
      findings.push({
        ruleId: rule.meta.id,
        severity: "info",
        message: `${unlisted} more findings of this kind are not listed. Fix the ones above and check again.`,
        data: { unlisted },
      });
    }
  }
  findings.sort(bySeverityThenPosition);
  const summary = summarise(snapshot, profile, analysis, findings);
  const report: Report = { findings, summary };
  if (options.record !== false) report.record = extractRecord(snapshot, analysis, summary);
  return report;
}

function summarise(snapshot: DocSnapshot, profile: Profile, analysis: Analysis, findings: Finding[]): ReportSummary {
  const { threshold, comparator } = profile.keyDecision;
  const spends = analysis.amounts.filter((amount) => amount.class === "spend" || amount.class === "budget");
  const largest = spends.reduce<(typeof spends)[number] | undefined>((best, amount) => (!best || amount.value > best.value ? amount : best), undefined);
  return {
    profile: profile.id,
    proposed: analysis.proposed,
    keyDecision: {
      answer: analysis.keyDecision.answer,
      ...(analysis.keyDecision.text !== undefined ? { text: analysis.keyDecision.text } : {}),
      ...(analysis.keyDecision.block !== undefined ? { block: analysis.keyDecision.block } : {}),
    },
    threshold: { value: threshold, comparator, label: thresholdLabel(profile) },
    amounts: analysis.amounts,
    ...(largest ? { largestSpend: { ...largest, overThreshold: crossesThreshold(largest.value, threshold, comparator) } } : {}),
    publication: analysis.publication,
    sections: profile.sections.map((section) => {
      const first = occurrencesOf(analysis.outline, section.id)[0];
      return {
        id: section.id,
        heading: section.heading,
        mandatory: section.mandatory,
        status: sectionStatus(snapshot, analysis, profile, section.id),
        ...(first ? { block: first.headingBlock } : {}),
        ...(first?.evidence ? { evidence: first.evidence } : {}),
      };
    }),
    headings: headingCount(headingLines(snapshot, profile, analysis)),
    counts: countBySeverity(findings),
  };
}
