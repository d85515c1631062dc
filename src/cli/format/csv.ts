import type { DecisionRecord } from "../../core/record";
import type { CheckRun } from "./model";

/** The register's columns, in the order Democratic Services key them; a public contract like the JSON keys. */
export const CSV_COLUMNS = [
  "path",
  "title",
  "decision_maker",
  "decision_number",
  "decision_date",
  "key_decision",
  "largest_spend",
  "publication",
  "exempt_paragraphs",
  "decision",
  "reasons",
  "alternatives",
  "interests",
  "errors",
  "warnings",
] as const;

type Cell = string | number | null;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula (CSV injection, OWASP): such a cell gets a
 * leading apostrophe, which Excel and LibreOffice show as text. Numbers the formatter writes itself are left as they are.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled; lines end CRLF. */
function field(cell: Cell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? String(cell) : defused(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(path: string, record: DecisionRecord): Cell[] {
  return [
    path,
    record.title,
    record.decisionMaker,
    record.decisionNumber,
    record.decisionDate,
    record.keyDecision,
    record.largestSpend,
    record.publication,
    record.exemptParagraphs,
    record.decision,
    record.reasons,
    record.alternatives,
    record.interests,
    record.errors,
    record.warnings,
  ];
}

/**
 * The decisions register: a header row, then one row per record that could be read (an unreadable file is named on
 * stderr, as for the other machine formats). UTF-8 with a byte-order mark, so Excel reads "£" and "–" correctly.
 */
export function formatCsv(run: CheckRun): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const file of run.files) {
    if (!file.report?.record) continue;
    lines.push(row(file.path, file.report.record).map(field).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
