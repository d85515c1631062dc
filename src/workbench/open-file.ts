import { contentFromBlocks } from "../../test/support/fake-word";
import { contentFromText, type WorkbenchDocument } from "./documents";
import { isInputError, readDocx } from "../docx";
import type { DocSnapshot } from "../core/document";
import { BROWSER_DOCX_LIMITS, openZipBytes } from "../docx/browser/zip-bytes";

const MiB = 1024 * 1024;
/** Larger than any Record of Decision written as text; a bigger file is almost certainly the wrong one. */
const MAX_TEXT_BYTES = 5 * MiB;
/** A record with a few images is well under this; the archive is read into memory in the browser. */
const MAX_DOCX_BYTES = 20 * MiB;

export type OpenResult = { ok: true; document: WorkbenchDocument } | { ok: false; message: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

const megabytes = (bytes: number) => `${(bytes / MiB).toFixed(1)} MB`;

async function openDocx(file: File): Promise<OpenResult> {
  if (file.size > MAX_DOCX_BYTES) {
    return {
      ok: false,
      message: `${file.name} was not opened: at ${megabytes(file.size)} it is larger than the workbench reads (20 MB). Check it with the command-line checker: npx rod-check "${file.name}"`,
    };
  }
  let snapshot: DocSnapshot;
  try {
    snapshot = await readDocx(openZipBytes(await file.arrayBuffer()), BROWSER_DOCX_LIMITS);
  } catch (error) {
    // The reader's message completes a sentence that starts with the file's name.
    if (isInputError(error)) return { ok: false, message: `${file.name} was not opened: it ${error.message}.` };
    throw error;
  }
  return { ok: true, document: { name: file.name, content: contentFromBlocks(snapshot.blocks) } };
}

/**
 * Reads a file the officer picked: a .docx with rod-check's reader, text and Markdown as rod-check reads them.
 * The document on screen stays open when a file cannot be read.
 */
export async function openFile(file: File): Promise<OpenResult> {
  const extension = extensionOf(file.name);
  if (extension === "docx") return openDocx(file);
  if (extension === "doc") {
    return { ok: false, message: `${file.name} was not opened: it is a Word 97-2003 document. Save it as .docx in Word and open that.` };
  }
  if (!["txt", "md", "markdown"].includes(extension)) {
    return { ok: false, message: `${file.name} was not opened: the workbench reads Word documents (.docx), plain text (.txt) and Markdown (.md).` };
  }
  if (file.size > MAX_TEXT_BYTES) {
    return { ok: false, message: `${file.name} was not opened: at ${megabytes(file.size)} it is larger than the 5 MB a text record could need.` };
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
