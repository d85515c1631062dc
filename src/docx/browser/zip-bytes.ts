import { DEFAULT_DOCX_LIMITS } from "../docx";
import type { DocxLimits } from "../docx";
import { localHeaderAt, storedData } from "../local-header";
import { cutShort, missingEndRecord, zip64 } from "../zip-errors";
import type { ZipEntry, ZipSource } from "../zip-source";
import { decodeCp437 } from "./cp437";

const MiB = 1024 * 1024;

/** Lower than rod-check's: the archive and its parts are held in a browser tab, and a record of decision is far smaller. */
export const BROWSER_DOCX_LIMITS: DocxLimits = { ...DEFAULT_DOCX_LIMITS, maxEntryBytes: 64 * MiB, maxTotalBytes: 96 * MiB };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;
const UTF8_NAME_FLAG = 0x800;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw missingEndRecord(new Uint8Array(view.buffer, view.byteOffset, Math.min(view.byteLength, 4)));
}

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
 * picked; its central directory is read here, and its parts are inflated with DecompressionStream. ZIP64
 * archives are refused (no record of decision needs one).
 */
export function openZipBytes(archive: Uint8Array<ArrayBuffer> | ArrayBuffer): ZipSource {
  const bytes = archive instanceof Uint8Array ? archive : new Uint8Array(archive);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const entryCount = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARKER) throw zip64();
  const utf8 = new TextDecoder("utf-8");

  const toEntry = (at: number): ZipEntry => {
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) throw cutShort();
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if ([compressedSize, uncompressedSize, localHeaderOffset].includes(ZIP64_MARKER)) throw zip64();
    const name = flags & UTF8_NAME_FLAG ? utf8.decode(rawName) : decodeCp437(rawName);
    const data = (): Uint8Array<ArrayBuffer> => {
      const start = localHeaderAt(bytes, localHeaderOffset).dataStart;
      if (start + compressedSize > bytes.length) throw cutShort();
      return bytes.subarray(start, start + compressedSize);
    };
    return {
      name,
      rawName,
      encrypted: (flags & 1) === 1,
      method,
      compressedSize,
      uncompressedSize,
      crc32,
      localName: async () => localHeaderAt(bytes, localHeaderOffset).name,
      stored: () => storedData(bytes, localHeaderOffset, compressedSize),
      chunks: () => (method === 0 ? stored(data()) : inflated(data())),
    };
  };

  return {
    entryCount,
    entries: async () => {
      const entries: ZipEntry[] = [];
      let at = directoryOffset;
      for (let index = 0; index < entryCount; index++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw cutShort();
        entries.push(toEntry(at));
        at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
      return entries;
    },
    close: () => undefined,
  };
}

async function* stored(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}
