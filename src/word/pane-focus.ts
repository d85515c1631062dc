/**
 * The one listener for the officer coming back to the task pane: its window regains focus, or the pane becomes
 * visible again. Word has no event for a theme change, none for an edit before WordApi 1.6, and may miss edits
 * made while the pane was away, so all three are looked for then.
 *
 * It lives in src/word because the Word host is its first user: a return to the pane is a possible change to the
 * document, which the host reports through onDocumentChanged, and Word never imports the pane. It calls no
 * Office.js, so the pane's own use of it (re-reading the theme) does not reach Word past the DocumentHost port.
 */

/** Calls back on each return to the pane; returns a function that stops listening. */
export type FocusSource = (callback: () => void) => () => void;

/** Window focus and the page becoming visible again. */
export const paneFocus: FocusSource = (callback) => {
  const onVisibility = () => {
    if (document.visibilityState === "visible") callback();
  };
  window.addEventListener("focus", callback);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    window.removeEventListener("focus", callback);
    document.removeEventListener("visibilitychange", onVisibility);
  };
};

/** The pane's focus in a browser; undefined outside one (Node, where nothing can return to a pane). */
export function browserFocusSource(): FocusSource | undefined {
  return typeof window === "undefined" || typeof document === "undefined" ? undefined : paneFocus;
}
