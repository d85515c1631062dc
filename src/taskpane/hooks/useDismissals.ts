import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentHost } from "../../word/document-host";
import { findingKey, type Finding } from "../../core/report";
import { errorMessage } from "../../core/text/error-message";
import { DISMISSED_SETTING_KEY, parseDismissals, type Dismissal } from "../dismissals";

export interface DismissalsState {
  dismissals: readonly Dismissal[];
  dismiss: (finding: Finding, reason: string) => Promise<void>;
  restore: (key: string) => Promise<void>;
  /** Why the dismissals could not be read or saved, if that happened. */
  problem?: string;
}

/** The findings the officer has checked and dismissed, kept in the document's settings so they travel with it. */
export function useDismissals(host: DocumentHost): DismissalsState {
  const [dismissals, setDismissals] = useState<readonly Dismissal[]>([]);
  const [problem, setProblem] = useState<string>();
  const current = useRef<readonly Dismissal[]>([]);

  useEffect(() => {
    let cancelled = false;
    host.getSetting(DISMISSED_SETTING_KEY).then(
      (raw) => {
        if (cancelled) return;
        current.current = parseDismissals(raw);
        setDismissals(current.current);
      },
      (error: unknown) => !cancelled && setProblem(`The findings dismissed in this document could not be read: ${errorMessage(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [host]);

  const save = useCallback(
    async (next: readonly Dismissal[]) => {
      current.current = next;
      setDismissals(next);
      try {
        await host.setSetting(DISMISSED_SETTING_KEY, JSON.stringify(next));
        setProblem(undefined);
      } catch (error) {
        setProblem(`This is used now but could not be saved in the document: ${errorMessage(error)}`);
      }
    },
    [host],
  );

  const dismiss = useCallback(
    (finding: Finding, reason: string) => {
      const key = findingKey(finding);
      const trimmed = reason.trim();
      const dismissal: Dismissal = { key, at: new Date().toISOString(), ...(trimmed ? { reason: trimmed } : {}) };
      return save([...current.current.filter((item) => item.key !== key), dismissal]);
    },
    [save],
  );

  const restore = useCallback((key: string) => save(current.current.filter((item) => item.key !== key)), [save]);

  return { dismissals, dismiss, restore, problem };
}
