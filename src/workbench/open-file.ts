import { contentFromText, type WorkbenchDocument } from "./documents";

/** Larger than any Record of Decision written as text; a bigger file is almost certainly the wrong one. */
const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type OpenResult = { ok: true; document: WorkbenchDocument } | { ok: false; message: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * Reads a file the officer picked. Text and Markdown are read as rod-check reads them. A .docx needs a zip and
 * XML reader that exists only in the command-line tool (it runs on Node), so the workbench says how to check one
 * instead of showing a wrong reading of it.
 */
export async function openFile(file: File): Promise<OpenResult> {
  const extension = extensionOf(file.name);
  if (extension === "docx" || extension === "doc") {
    return {
      ok: false,
      message: `${file.name} was not opened: the workbench reads .txt and .md files only. Check a Word file with the command-line checker (npx rod-check "${file.name}"), or open it in Word with the add-in sideloaded (npm start on Windows or a Mac).`,
    };
  }
  if (!["txt", "md", "markdown"].includes(extension)) {
    return { ok: false, message: `${file.name} was not opened: the workbench reads plain text (.txt) and Markdown (.md) files.` };
  }
  if (file.size > MAX_TEXT_BYTES) {
    return { ok: false, message: `${file.name} was not opened: at ${(file.size / 1024 / 1024).toFixed(1)} MB it is larger than the 5 MB a text record could need.` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${file.name} was not opened: it is not UTF-8 text. Save it from your editor as UTF-8 text and open it again.` };
  }
  if (text.includes("\u0000")) {
    return { ok: false, message: `${file.name} was not opened: it holds binary data, not text.` };
  }
  return { ok: true, document: { name: file.name, content: contentFromText(text) } };
}
