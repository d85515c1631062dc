import type { DocSnapshot } from "../document";
import type { Profile } from "../profile/schema";
import type { Finding, Severity } from "../report";
import type { Analysis } from "../analysis";

export interface RuleMeta {
  /** Stable id: a public contract used by the CLI's JSON and SARIF output. */
  id: string;
  /** One line, for rule lists and SARIF shortDescription. */
  description: string;
  /** A few words naming the problem, in sentence case, for the pane's group heading ("Template guidance left"). */
  title: string;
  /** Default severity; a profile may override or turn the rule off. */
  severity: Severity;
  /** Whether findings may carry a fix. */
  fixable: boolean;
  /** Why this matters, citing the law or the council's rule (shown as the finding's "why"). */
  why: string;
  /** Older ids that still select this rule. */
  deprecatedIds?: string[];
}

/** A finding as a rule reports it: the engine adds the rule id, and the severity unless the rule chose one. */
type ReportedFinding = Omit<Finding, "ruleId" | "severity"> & { severity?: Severity };

export interface RuleContext {
  snapshot: DocSnapshot;
  profile: Profile;
  analysis: Analysis;
  report(finding: ReportedFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
