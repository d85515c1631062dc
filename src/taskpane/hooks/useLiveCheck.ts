import { useEffect } from "react";
import type { DocumentHost } from "../../core/document-host";
import { errorMessage } from "../../core/text/error-message";

/**
 * While live check is on: check at once, then again on every document change the host reports (the host
 * debounces and ignores this add-in's own edits) and whenever the pane regains focus or becomes visible,
 * which covers Word versions without paragraph events.
 */
export function useLiveCheck(
  host: DocumentHost,
  enabled: boolean,
  check: () => Promise<void>,
  onProblem: (message: string) => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    const recheck = () => void check();
    const onVisibility = () => {
      if (document.visibilityState === "visible") recheck();
    };
    let unsubscribe: (() => void) | undefined;
    try {
      unsubscribe = host.onDocumentChanged(recheck);
    } catch (error) {
      onProblem(`Word cannot report changes here, so live check re-checks only when you return to the pane: ${errorMessage(error)}`);
    }
    window.addEventListener("focus", recheck);
    document.addEventListener("visibilitychange", onVisibility);
    recheck();
    return () => {
      unsubscribe?.();
      window.removeEventListener("focus", recheck);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [host, enabled, check, onProblem]);
}
