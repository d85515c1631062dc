import type { DocSnapshot } from "../../core/document";
import { readDocx } from "../../docx/docx";
import { isInputError } from "../../docx/errors";

/**
 * rod-check's .docx reader, run in the browser: webpack.workbench.config.js swaps its zip layer for
 * ./browser-zip.ts and Node's StringDecoder for ./string-decoder.ts, so the workbench reads a document exactly
 * as the command-line checker does. Resolves with the snapshot, or with the reason the file cannot be read
 * (a sentence that follows the file's name).
 */
export async function snapshotFromDocx(name: string, bytes: Uint8Array): Promise<{ snapshot: DocSnapshot } | { problem: string }> {
  try {
    // The reader's type names Node's Buffer; the browser zip layer it is built with takes these bytes.
    return { snapshot: await readDocx(name, bytes as Buffer) };
  } catch (error) {
    if (isInputError(error)) return { problem: error.message };
    throw error;
  }
}
