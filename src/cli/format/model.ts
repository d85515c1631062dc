import type { Profile } from "../../core/profile/schema";
import type { Finding, Report, Severity } from "../../core/report";
import type { RuleMeta } from "../../core/rules/types";

export type FailOn = "error" | "warning" | "never";

/** One input as checked: either a report or the reason it could not be read. */
export interface FileResult {
  /** As shown to the user: relative to the working folder with forward slashes, or absolute outside it. */
  path: string;
  report?: Report;
  /** Completes "<path> ...", e.g. "is encrypted or password-protected". */
  error?: string;
  /** Text of each paragraph a finding points at, by block index: for quotes and stable fingerprints. */
  paragraphs: Map<number, string>;
}

export interface CheckRun {
  profile: Profile;
  rules: readonly RuleMeta[];
  files: FileResult[];
  failOn: FailOn;
  version: string;
}

export interface FormatOptions {
  colour: boolean;
}

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export function fails(severity: Severity, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "error") return severity === "error";
  return severity === "error" || severity === "warning";
}

export function failingFindings(file: FileResult, failOn: FailOn): Finding[] {
  return (file.report?.findings ?? []).filter((finding) => fails(finding.severity, failOn));
}

/** A file passes when it was read and nothing in it is at or above --fail-on. */
export function passes(file: FileResult, failOn: FailOn): boolean {
  return file.error === undefined && failingFindings(file, failOn).length === 0;
}

/** The level a rule runs at under this profile (an override by current or older id), or "off". */
export function ruleLevel(rule: RuleMeta, profile: Profile): Severity | "off" {
  for (const id of [rule.id, ...(rule.deprecatedIds ?? [])]) {
    const level = profile.rules[id];
    if (level !== undefined) return level;
  }
  return rule.severity;
}

/** Findings in reading order: by paragraph, then offset; findings about the whole file first. */
export function byPosition(a: Finding, b: Finding): number {
  const blockA = a.location?.block ?? -1;
  const blockB = b.location?.block ?? -1;
  return blockA - blockB || (a.location?.start ?? 0) - (b.location?.start ?? 0);
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, word: string): string {
  if (word === "info") return `${count} info`;
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
