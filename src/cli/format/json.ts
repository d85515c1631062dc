import type { DecisionRecord } from "../../core/record";
import type { ReportSummary, Severity } from "../../core/report";
import { byPosition } from "../../core/severity";
import { passes } from "./model";
import type { CheckRun, FileResult } from "./model";

/**
 * Version 1 of the JSON contract. Every key is always present (null when it does not apply), so tools
 * can read it without guarding; new keys may be added, none removed or renamed, within a version.
 */
interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  section: string | null;
  /** Block (paragraph) index, 0-based as in the engine; the text report shows it 1-based as ¶. */
  block: number | null;
  start: number | null;
  length: number | null;
  text: string | null;
  data: Record<string, unknown> | null;
}

interface JsonFile {
  path: string;
  /** Read, and nothing at or above --fail-on. */
  ok: boolean;
  error: string | null;
  summary: ReportSummary | null;
  /** The register's fields (as in --format csv); null for a file that could not be read. */
  record: DecisionRecord | null;
  findings: JsonFinding[];
}

export interface JsonReport {
  version: 1;
  profile: string;
  files: JsonFile[];
}

function jsonFile(file: FileResult, run: CheckRun): JsonFile {
  const findings = [...(file.report?.findings ?? [])].sort(byPosition).map(
    (finding): JsonFinding => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      section: finding.section ?? null,
      block: finding.location?.block ?? null,
      start: finding.location?.start ?? null,
      length: finding.location?.length ?? null,
      text: finding.location?.text ?? null,
      data: finding.data ?? null,
    }),
  );
  return {
    path: file.path,
    ok: passes(file, run.failOn),
    error: file.error ?? null,
    summary: file.report?.summary ?? null,
    record: file.report?.record ?? null,
    findings,
  };
}

function toJsonReport(run: CheckRun): JsonReport {
  return { version: 1, profile: run.profile.id, files: run.files.map((file) => jsonFile(file, run)) };
}

export function formatJson(run: CheckRun): string {
  return `${JSON.stringify(toJsonReport(run), null, 2)}\n`;
}
