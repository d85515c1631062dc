import type { Profile } from "./profile/schema";
import type { Finding, Severity } from "./report";
import type { RuleMeta } from "./rules/types";

/** Worst first: the order findings are listed in, and the order totals are given in. */
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

/** The worst severity among the findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity));
}

/** The level the profile sets for a rule, by its current id or an older one; undefined when it sets none. */
export function profileLevel(rule: RuleMeta, profile: Profile): Severity | "off" | undefined {
  for (const id of [rule.id, ...(rule.deprecatedIds ?? [])]) {
    const level = profile.rules[id];
    if (level !== undefined) return level;
  }
  return undefined;
}

/** The level a rule runs at under this profile: the profile's override, else the rule's default. */
export function ruleLevel(rule: RuleMeta, profile: Profile): Severity | "off" {
  return profileLevel(rule, profile) ?? rule.severity;
}

/** Findings in reading order: by paragraph, then offset; findings about the whole file first. */
export function byPosition(a: Finding, b: Finding): number {
  return (a.location?.block ?? -1) - (b.location?.block ?? -1) || (a.location?.start ?? 0) - (b.location?.start ?? 0);
}

/** The order of a report's findings: worst first, then in reading order. */
export function bySeverityThenPosition(a: Finding, b: Finding): number {
  return SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || byPosition(a, b);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
