import { useEffect } from "react";
import type { DocumentHost } from "../../word/document-host";
import { errorMessage } from "../../core/text/error-message";
import { paneFocus } from "../pane-focus";

/**
 * While live check is on: check at once, then again on every change the host reports. The host debounces, ignores
 * this add-in's own edits, and also reports each return to the pane (where Word has no paragraph events, that is
 * all it reports), so the pane listens for focus itself only when the host cannot report at all: listening to
 * both would give two checks for one return.
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
    let unsubscribe: () => void;
    try {
      unsubscribe = host.onDocumentChanged(recheck);
    } catch (error) {
      onProblem(`Word cannot report changes here, so live check re-checks only when you return to the pane: ${errorMessage(error)}`);
      unsubscribe = paneFocus(recheck);
    }
    recheck();
    return unsubscribe;
  }, [host, enabled, check, onProblem]);
}
