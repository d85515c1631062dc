import { formatPounds } from "../core/pounds";
import { type DecisionRecord, RECORD_FIELDS } from "../core/record";

export interface RecordRow {
  field: keyof DecisionRecord;
  label: string;
  /** As a person pastes it into a form: "" when the record has nothing for it. */
  value: string;
}

const ANSWERS: Record<DecisionRecord["keyDecision"], string> = { yes: "Yes", no: "No", missing: "Not answered" };
const PUBLICATION: Record<DecisionRecord["publication"], string> = { public: "For publication", exempt: "Exempt (not for publication)", unknown: "Not stated" };

function valueOf(record: DecisionRecord, field: keyof DecisionRecord): string {
  switch (field) {
    case "keyDecision":
      return ANSWERS[record.keyDecision];
    case "publication":
      return PUBLICATION[record.publication];
    case "largestSpend":
      return record.largestSpend === null ? "" : formatPounds(record.largestSpend);
    default:
      return String(record[field]);
  }
}

/** The register's fields in order, with the labels Democratic Services know them by. */
export function recordRows(record: DecisionRecord): RecordRow[] {
  return RECORD_FIELDS.map(([field, label]) => ({ field, label, value: valueOf(record, field) }));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character] ?? character);
}

/** A two-column table: Excel pastes it as cells, a web form's rich-text box as a table. Paragraphs stay paragraphs. */
export function recordHtml(rows: readonly RecordRow[]): string {
  const cell = (text: string) => escapeHtml(text).split("\n\n").join("<br><br>").replace(/\n/g, "<br>");
  const body = rows.map((row) => `<tr><th scope="row" style="text-align:left;vertical-align:top">${escapeHtml(row.label)}</th><td>${cell(row.value)}</td></tr>`).join("");
  return `<table><tbody>${body}</tbody></table>`;
}

/**
 * The same table as plain text: one field a line, label and value separated by a tab, so a spreadsheet puts them in
 * two columns. A value's own line breaks and tabs become spaces, or they would split it across rows and cells.
 */
export function recordPlainText(rows: readonly RecordRow[]): string {
  return rows.map((row) => `${row.label}\t${row.value.replace(/\s+/g, (space) => (space.includes("\n") ? " " : space)).replace(/\t/g, " ")}`).join("\r\n");
}
