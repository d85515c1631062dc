import type { Finding, Severity } from "../../core/report";
import { byPosition, countBySeverity, SEVERITY_ORDER } from "../../core/severity";
import { plural } from "../../core/text/plural";
import { shortQuote } from "../../core/text/quote";
import { passes } from "./model";
import type { CheckRun, FileResult, FormatOptions } from "./model";
import { printable } from "./printable";

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

/** Severities counted in the closing line: "2 errors", but "2 info". */
const COUNTED: Record<Severity, string> = { error: "errors", warning: "warnings", info: "info" };

type Paint = (text: string) => string;

function painter(colour: boolean): Record<"bold" | "dim" | Severity | "ok", Paint> {
  const code = (open: number, close: number): Paint => (colour ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text);
  return {
    bold: code(1, 22),
    dim: code(2, 22),
    error: code(31, 39),
    warning: code(33, 39),
    info: code(36, 39),
    ok: code(32, 39),
  };
}

function quoteOf(finding: Finding, file: FileResult): string | undefined {
  const location = finding.location;
  if (!location) return undefined;
  const text = location.text.trim() !== "" ? location.text : file.paragraphs.get(location.block) ?? "";
  const quote = shortQuote(text);
  return quote === "" ? undefined : `“${printable(quote)}”`;
}

function formatFile(file: FileResult, run: CheckRun, paint: ReturnType<typeof painter>): string[] {
  const path = printable(file.path);
  if (file.error !== undefined) return [`${paint.bold(path)} ${paint.error(printable(file.error))}`];
  const findings = file.report?.findings ?? [];
  if (findings.length === 0) return [`${paint.bold(path)} ${paint.ok("no problems found")}`];

  const lines = [paint.bold(path)];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((finding) => finding.severity === severity).sort(byPosition);
    if (group.length === 0) continue;
    lines.push(`  ${paint[severity](`${HEADINGS[severity]} (${group.length})`)}`);
    for (const finding of group) {
      const where = finding.location ? `¶${finding.location.block + 1}` : "—";
      lines.push(`    ${where.padEnd(5)} ${printable(finding.message)}  ${paint.dim(`[${printable(finding.ruleId)}]`)}`);
      const quote = quoteOf(finding, file);
      if (quote) lines.push(`    ${" ".repeat(5)} ${paint.dim(quote)}`);
    }
  }
  if (run.failOn === "never" || !passes(file, run.failOn)) return lines;
  return [...lines, `  ${paint.ok(`passes (nothing at or above --fail-on ${run.failOn})`)}`];
}

function closingLine(run: CheckRun, paint: ReturnType<typeof painter>): string {
  const read = run.files.filter((file) => file.error === undefined);
  const unreadable = run.files.length - read.length;
  const counts = countBySeverity(read.flatMap((file) => file.report?.findings ?? []));
  const withFindings = read.filter((file) => (file.report?.findings.length ?? 0) > 0).length;
  const totals = SEVERITY_ORDER.map((severity) => {
    const text = plural(counts[severity], severity, COUNTED[severity]);
    return counts[severity] > 0 ? paint[severity](text) : text;
  }).join(", ");
  let line = `Checked ${plural(run.files.length, "file")} against the ${printable(run.profile.name)} profile: ${totals}`;
  if (withFindings > 0) line += ` in ${plural(withFindings, "file")}`;
  if (unreadable > 0) line += `; ${paint.error(`${plural(unreadable, "file")} could not be read`)}`;
  return `${line}.`;
}

/** The default report: for people at a terminal or reading a log. */
export function formatText(run: CheckRun, options: FormatOptions): string {
  const paint = painter(options.colour);
  const sections = run.files.map((file) => formatFile(file, run, paint).join("\n"));
  return `${[...sections, closingLine(run, paint)].join("\n\n")}\n`;
}
