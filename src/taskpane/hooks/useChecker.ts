import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentHost } from "../../word/document-host";
import type { Profile } from "../../core/profile/schema";
import type { DocSnapshot } from "../../core/document";
import type { Report } from "../../core/report";
import type { Checker } from "../../core/checker";
import { describeCheckFailure } from "../checker";

export interface CheckState {
  report?: Report;
  checking: boolean;
  /** Why the last check produced no report; cleared by the next successful check. */
  failure?: string;
  /** When the report on screen was made. */
  checkedAt?: Date;
  /** How many checks have produced a report: a new one makes a new number. */
  checks: number;
  /** Whether the document still reads as it did for the report on screen. */
  matchesReport: (snapshot: DocSnapshot) => boolean;
  /**
   * Reads the document and checks it against the current profile. A request made while a check runs is
   * queued (several requests collapse into one), so a burst of edits never starts overlapping checks.
   * Resolves when the running check and any queued behind it have finished.
   */
  check: () => Promise<void>;
}

export function useChecker(host: DocumentHost, checker: Checker, profile: Profile): CheckState {
  const [report, setReport] = useState<Report>();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [checkedAt, setCheckedAt] = useState<Date>();
  const [checks, setChecks] = useState(0);
  const checkedText = useRef<string | undefined>(undefined);

  // The profile is read through a ref so that `check` keeps one identity: live-check subscriptions depend on it.
  const profileRef = useRef(profile);
  const hasReport = useRef(false);
  const running = useRef<Promise<void> | undefined>(undefined);
  const queued = useRef(false);

  const check = useCallback((): Promise<void> => {
    if (running.current) {
      queued.current = true;
      return running.current;
    }
    const run = async () => {
      setChecking(true);
      try {
        do {
          queued.current = false;
          try {
            const snapshot = await host.readSnapshot();
            const next = await checker(snapshot, profileRef.current);
            hasReport.current = true;
            checkedText.current = documentText(snapshot);
            setReport(next);
            setCheckedAt(new Date());
            setChecks((count) => count + 1);
            setFailure(undefined);
          } catch (error) {
            setFailure(describeCheckFailure(error));
          }
        } while (queued.current);
      } finally {
        running.current = undefined;
        setChecking(false);
      }
    };
    running.current = run();
    return running.current;
  }, [host, checker]);

  // A report made with another profile would mislead (other threshold, other headings): check again.
  useEffect(() => {
    if (profileRef.current === profile) return;
    profileRef.current = profile;
    if (hasReport.current) void check();
  }, [profile, check]);

  const matchesReport = useCallback((snapshot: DocSnapshot) => checkedText.current === documentText(snapshot), []);

  return { report, checking, failure, check, checkedAt, checks, matchesReport };
}

/** What a check depends on: each paragraph's text and style. */
function documentText(snapshot: DocSnapshot): string {
  return JSON.stringify(snapshot.blocks);
}
