import { findingKey, type Finding } from "../core/report";

/** The document setting that remembers the findings an officer has checked and dismissed. */
export const DISMISSED_SETTING_KEY = "rod.dismissed";

export interface Dismissal {
  key: string;
  /** Why the officer dismissed it, if they said. */
  reason?: string;
  /** When, as an ISO date. */
  at: string;
}

/** Reads the setting; anything unreadable counts as nothing dismissed rather than stopping the pane. */
export function parseDismissals(raw: string | undefined): Dismissal[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== "object" || item === null) return [];
    const { key, reason, at } = item as Record<string, unknown>;
    if (typeof key !== "string" || typeof at !== "string") return [];
    return [{ key, at, ...(typeof reason === "string" && reason.trim() ? { reason: reason.trim() } : {}) }];
  });
}

export interface DismissedFinding {
  finding: Finding;
  dismissal: Dismissal;
}

/** A rule's former ids: a dismissal saved under one of them still holds once the rule is renamed or split. */
export type FormerIds = (ruleId: string) => readonly string[];

/** The findings still to act on, and those the officer dismissed that the check still reports. */
export function partition(
  findings: readonly Finding[],
  dismissals: readonly Dismissal[],
  formerIds: FormerIds = () => [],
): { active: Finding[]; dismissed: DismissedFinding[] } {
  const byKey = new Map(dismissals.map((dismissal) => [dismissal.key, dismissal]));
  const active: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const finding of findings) {
    const ids = [finding.ruleId, ...formerIds(finding.ruleId)];
    const dismissal = ids.map((ruleId) => byKey.get(findingKey({ ...finding, ruleId }))).find(Boolean);
    if (dismissal) dismissed.push({ finding, dismissal });
    else active.push(finding);
  }
  return { active, dismissed };
}
