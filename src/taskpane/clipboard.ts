/** What reached the clipboard: all that was asked, plain text only (the HTML was refused), or nothing. */
export type CopyOutcome = "copied" | "text-only" | "failed";

/**
 * The Clipboard API where the webview allows it; otherwise the older copy command, which works from a click in
 * webviews that refuse the API (some Word hosts do not grant clipboard-write to add-ins) and still sets both types.
 */
export async function copyToClipboard(plain: string, html?: string): Promise<CopyOutcome> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (html !== undefined && clipboard?.write && typeof ClipboardItem !== "undefined") {
    try {
      await clipboard.write([new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([plain], { type: "text/plain" }) })]);
      return "copied";
    } catch {
      // Refused (no permission, not focused): the copy command below may still be allowed.
    }
  }
  if (html === undefined && (await writeText(plain))) return "copied";
  if (copyCommand(plain, html)) return "copied";
  if (html !== undefined && (await writeText(plain))) return "text-only";
  return "failed";
}

async function writeText(plain: string): Promise<boolean> {
  const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(plain);
    return true;
  } catch {
    return false;
  }
}

function copyCommand(plain: string, html: string | undefined): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/plain", plain);
    if (html !== undefined) event.clipboardData.setData("text/html", html);
    event.preventDefault();
  };
  document.addEventListener("copy", onCopy);
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    document.removeEventListener("copy", onCopy);
  }
}
