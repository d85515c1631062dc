import { useEffect, useRef, useState } from "react";
import type { DocSnapshot } from "../../core/document";
import type { DocumentHost } from "../../word/document-host";

/**
 * With live check off, the findings on screen go out of date as the officer edits. On each change the host reports
 * (each change Word reports, and each return to the pane) the document is read again and compared with
 * the one checked, so an officer who only looked at the document is not told it changed. A new check clears it.
 */
export function useStaleReport(host: DocumentHost, watching: boolean, checks: number, matchesReport: (snapshot: DocSnapshot) => boolean): boolean {
  // The check the document was last found to differ from; once a newer check runs, the findings are current again.
  const [staleAfter, setStaleAfter] = useState<number>();
  const latestCheck = useRef(checks);
  useEffect(() => {
    latestCheck.current = checks;
  }, [checks]);

  useEffect(() => {
    if (!watching) return;
    let active = true;
    const compare = () => {
      host.readSnapshot().then(
        (snapshot) => active && setStaleAfter(matchesReport(snapshot) ? undefined : latestCheck.current),
        // A document that cannot be read now says nothing about the findings; the next check will tell.
        () => undefined,
      );
    };
    let unsubscribe: (() => void) | undefined;
    try {
      unsubscribe = host.onDocumentChanged(compare);
    } catch {
      // Without change events, the findings can only be compared when the officer checks again.
    }
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [host, watching, matchesReport]);

  return staleAfter === checks;
}
