import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding, Severity } from "../../core/report";
import type { RuleMeta } from "../../core/rules/types";
import { byPosition, ruleLevel } from "../../core/severity";
import type { CheckRun, FileResult } from "./model";

/** The part of SARIF 2.1.0 rod-check writes; names follow the specification. */
type SarifLevel = "error" | "warning" | "note" | "none";

interface SarifMessage {
  text: string;
  markdown?: string;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifLocation {
  physicalLocation: {
    artifactLocation: SarifArtifactLocation;
    region?: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
  };
}

interface SarifRule {
  id: string;
  /** Ids the rule was known by: a rule split in several lists the old id in each, so consumers can follow it. */
  deprecatedIds?: string[];
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: SarifLevel; enabled: boolean };
  properties: { tags: string[]; precision: string; "problem.severity": string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: { primaryLocationLineHash: string };
  properties?: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: { driver: { name: string; semanticVersion: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    columnKind: "utf16CodeUnits";
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: SarifLevel; message: SarifMessage; locations: SarifLocation[] }[];
    }[];
    results: SarifResult[];
  }[];
}

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const MAX_DESCRIPTION = 1024;

const LEVELS: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };
const PROBLEM_SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "recommendation" };

function limit(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** "key-decision-notice" → "KeyDecisionNotice", the reportingDescriptor name. */
function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function sarifRule(rule: RuleMeta, run: CheckRun): SarifRule {
  const level = ruleLevel(rule, run.profile);
  const severity: Severity = level === "off" ? rule.severity : level;
  const fixNote = rule.fixable ? " ROD Author's task pane can fix this." : "";
  return {
    id: rule.id,
    ...(rule.deprecatedIds ? { deprecatedIds: rule.deprecatedIds } : {}),
    name: pascalCase(rule.id),
    shortDescription: { text: limit(rule.description) },
    fullDescription: { text: limit(`${rule.description} ${rule.why}`) },
    help: { text: limit(`${rule.why}${fixNote}`), markdown: limit(`**${rule.description}**\n\n${rule.why}${fixNote}`) },
    defaultConfiguration: { level: LEVELS[severity], enabled: level !== "off" },
    properties: { tags: ["rod", "record-of-decision"], precision: "high", "problem.severity": PROBLEM_SEVERITY[severity] },
  };
}

/** A relative path becomes a relative URI reference (forward slashes, each segment escaped). */
function artifactLocation(path: string): SarifArtifactLocation {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * GitHub matches results across runs by this hash. It covers the rule and the paragraph's words, not
 * the paragraph's number, so a finding keeps its identity when paragraphs are added above it.
 */
function fingerprintBase(finding: Finding, file: FileResult): string {
  const paragraph = finding.location ? file.paragraphs.get(finding.location.block) ?? finding.location.text : `${finding.section ?? ""}`;
  return createHash("sha256").update(`${finding.ruleId}\u0000${normalise(paragraph)}`).digest("hex").slice(0, 16);
}

function sarifResult(finding: Finding, file: FileResult, ruleIndex: number | undefined, occurrences: Map<string, number>): SarifResult {
  const location = finding.location;
  const region = location
    ? { startLine: location.block + 1, startColumn: location.start + 1, endLine: location.block + 1, endColumn: location.start + location.length + 1 }
    : { startLine: 1 };
  const base = fingerprintBase(finding, file);
  const occurrence = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, occurrence);
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region } }],
    partialFingerprints: { primaryLocationLineHash: `${base}:${occurrence}` },
  };
  if (finding.section !== undefined) result.properties = { section: finding.section };
  return result;
}

function toSarif(run: CheckRun): SarifLog {
  const indexOf = new Map(run.rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];
  for (const file of run.files) {
    const occurrences = new Map<string, number>();
    for (const finding of [...(file.report?.findings ?? [])].sort(byPosition)) {
      results.push(sarifResult(finding, file, indexOf.get(finding.ruleId), occurrences));
    }
  }
  const unreadable = run.files.filter((file) => file.error !== undefined);
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "rod-check", semanticVersion: run.version, rules: run.rules.map((rule) => sarifRule(rule, run)) } },
        automationDetails: { id: `rod-check/${run.profile.id}/` },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((file) => ({
              level: "error" as const,
              message: { text: `${file.path} ${file.error}` },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
}

export function formatSarif(run: CheckRun): string {
  return `${JSON.stringify(toSarif(run), null, 2)}\n`;
}
