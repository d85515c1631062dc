import { DEFAULT_DOCX_LIMITS } from "../docx";
import type { DocxLimits } from "../docx";
import { openZipInMemory } from "../zip-in-memory";
import type { ZipSource } from "../zip-source";

const MiB = 1024 * 1024;

/** Lower than rod-check's: the archive and its parts are held in a browser tab, and a record of decision is far smaller. */
export const BROWSER_DOCX_LIMITS: DocxLimits = { ...DEFAULT_DOCX_LIMITS, maxEntryBytes: 64 * MiB, maxTotalBytes: 96 * MiB };

/**
 * Inflates deflated data with the platform's DecompressionStream, chunk by chunk; when the reader stops
 * asking, the stream is cancelled and inflates nothing more. Its errors are named by ../zip.ts.
 */
async function* inflated(data: Uint8Array<ArrayBuffer>): AsyncGenerator<Uint8Array> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      yield next.value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/**
 * A .docx held in memory as a zip source, for the browser: the archive is the bytes of the file the user
 * picked, and its parts are inflated with DecompressionStream. ZIP64 archives are refused (no record of
 * decision needs one).
 */
export function openZipBytes(archive: Uint8Array<ArrayBuffer> | ArrayBuffer): ZipSource {
  return openZipInMemory(archive instanceof Uint8Array ? archive : new Uint8Array(archive), inflated);
}
