/**
 * The one listener for the officer coming back to the task pane: its window regains focus, or the pane becomes
 * visible again. Word has no event for a theme change, none for an edit before WordApi 1.6, and may miss edits
 * made while the pane was away, so all three are looked for then.
 *
 * It lives in the pane because it is the pane's window that comes back, and the pane reaches Word only through
 * the DocumentHost port while Word never imports the pane: the composition root (index.tsx) hands it to the Word
 * host as its focus source, and the host reports each return through onDocumentChanged.
 */
export function paneFocus(callback: () => void): () => void {
  const onVisibility = () => {
    if (document.visibilityState === "visible") callback();
  };
  window.addEventListener("focus", callback);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    window.removeEventListener("focus", callback);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}
