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

