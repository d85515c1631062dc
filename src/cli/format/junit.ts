import type { Finding, Severity } from "../../core/report";
import { byPosition, ruleLevel, worstSeverity } from "../../core/severity";
import { plural } from "../../core/text/plural";
import { fails } from "./model";
import type { CheckRun, FileResult } from "./model";

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates) are dropped. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values also escape quotes and keep line breaks and tabs from being normalised away. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
}

function findingLine(finding: Finding): string {
  const where = finding.location ? `¶${finding.location.block + 1} col ${finding.location.start + 1}` : "whole document";
  return `${where} (${finding.severity}): ${finding.message}`;
}

interface Case {
  xml: string;
  failed: boolean;
  skipped: boolean;
}

function testCase(file: FileResult, ruleId: string, findings: Finding[], off: boolean, run: CheckRun): Case {
  const head = `    <testcase${attributes({ classname: file.path, name: ruleId })}`;
  if (off && findings.length === 0) {
    return { xml: `${head}>\n      <skipped${attributes({ message: `turned off by the ${run.profile.id} profile` })}/>\n    </testcase>`, failed: false, skipped: true };
  }
  const failing = findings.filter((finding) => fails(finding.severity, run.failOn));
  const passing = findings.filter((finding) => !fails(finding.severity, run.failOn));
  if (findings.length === 0) return { xml: `${head}/>`, failed: false, skipped: false };

  const body: string[] = [];
  if (failing.length > 0) {
    const worst = worstSeverity(failing) as Severity;
    body.push(
      `      <failure${attributes({ message: plural(failing.length, "finding"), type: worst })}>${escapeText(failing.map(findingLine).join("\n"))}</failure>`,
    );
  }
  if (passing.length > 0) body.push(`      <system-out>${escapeText(passing.map(findingLine).join("\n"))}</system-out>`);
  return { xml: `${head}>\n${body.join("\n")}\n    </testcase>`, failed: failing.length > 0, skipped: false };
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function unreadableSuite(file: FileResult): Suite {
  const xml = [
    `  <testsuite${attributes({ name: file.path, tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
    `    <testcase${attributes({ classname: file.path, name: "read" })}>`,
    `      <error${attributes({ message: `${file.path} ${file.error}`, type: "unreadable" })}/>`,
    `    </testcase>`,
    `  </testsuite>`,
  ].join("\n");
  return { xml, tests: 1, failures: 0, errors: 1, skipped: 0 };
}

/** One testsuite per document and one testcase per rule, so rules that pass show as passes. */
function documentSuite(file: FileResult, run: CheckRun): Suite {
  if (file.error !== undefined) return unreadableSuite(file);
  const findings = [...(file.report?.findings ?? [])].sort(byPosition);
  const ruleIds = [...run.rules.map((rule) => rule.id), ...findings.map((finding) => finding.ruleId)].filter(
    (id, index, all) => all.indexOf(id) === index,
  );
  const cases = ruleIds.map((ruleId) => {
    const rule = run.rules.find((candidate) => candidate.id === ruleId);
    const off = rule !== undefined && ruleLevel(rule, run.profile) === "off";
    return testCase(
      file,
      ruleId,
      findings.filter((finding) => finding.ruleId === ruleId),
      off,
      run,
    );
  });
  const counts = {
    tests: cases.length,
    failures: cases.filter((testcase) => testcase.failed).length,
    errors: 0,
    skipped: cases.filter((testcase) => testcase.skipped).length,
  };
  const xml = [`  <testsuite${attributes({ name: file.path, ...counts })}>`, ...cases.map((testcase) => testcase.xml), `  </testsuite>`].join("\n");
  return { xml, ...counts };
}

export function formatJunit(run: CheckRun): string {
  const suites = run.files.map((file) => documentSuite(file, run));
  const total = (key: "tests" | "failures" | "errors" | "skipped"): number => suites.reduce((sum, suite) => sum + suite[key], 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attributes({ name: `rod-check (${run.profile.id})`, tests: total("tests"), failures: total("failures"), errors: total("errors"), skipped: total("skipped") })}>`,
    ...suites.map((suite) => suite.xml),
    `</testsuites>`,
    "",
  ].join("\n");
}
