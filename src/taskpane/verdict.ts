import type { Finding, Severity } from "../core/report";
import { plural } from "../core/text/plural";

export interface Verdict {
  counts: Record<Severity, number>;
  /** No error and no warning left: notes are reminders, not problems. */
  ready: boolean;
  /** One line an officer reads first: "2 errors, 1 warning — not ready for sign-off". */
  text: string;
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const ready = counts.error === 0 && counts.warning === 0;
  if (ready) {
    const notes = counts.info > 0 ? ` (${plural(counts.info, "reminder")} to read)` : "";
    return { counts, ready, text: `No problems found — ready for sign-off${notes}` };
  }
  const parts = [
    counts.error > 0 ? plural(counts.error, "error") : "",
    counts.warning > 0 ? plural(counts.warning, "warning") : "",
    counts.info > 0 ? plural(counts.info, "note") : "",
  ].filter(Boolean);
  return { counts, ready, text: `${parts.join(", ")} — not ready for sign-off` };
}

/** "12:41", in the officer's own clock. */
export function clockTime(date: Date): string {
  return date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
}
