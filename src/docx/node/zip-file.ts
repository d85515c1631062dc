import { open as openFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import * as zlib from "node:zlib";
import yauzl from "yauzl";
import type { Entry, Options, ZipFile } from "yauzl";
import { entryData, LOCAL_HEADER_BYTES, localHeaderAt, storedData } from "../local-header";
import { openZipInMemory } from "../zip-in-memory";
import { cutShort, encrypted, missingEndRecord, moreThanDeclared, unreadableArchive } from "../zip-errors";
import type { ZipEntry, ZipSource } from "../zip-source";
import { isPlainArchive } from "./plain-archive";

const MiB = 1024 * 1024;

/**
 * Most .docx files are small: read them whole and inflate their parts in one call each, which saves
 * the dozen round trips to the thread pool that streaming costs per file. Larger files and parts stream.
 */
export const IN_MEMORY_FILE_BYTES = 16 * MiB;
const IN_MEMORY_PART_BYTES = 8 * MiB;

/** The central directory's own copy of an entry's name, as stored (yauzl keeps it beside the decoded one). */
type ListedEntry = Entry & { fileNameRaw: Buffer };

const zlibCrc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : undefined;

const ZIP_OPTIONS: Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
const END_RECORD_MISSING = /end of central directory record signature not found/i;

/** Turns what yauzl and zlib say about a bad archive into a line a user can act on. */
function zipFailure(error: Error): Error {
  if (/encrypted/i.test(error.message)) return encrypted();
  if (/not enough bytes|unexpected EOF|overflows file bounds|unexpected end of file/i.test(error.message)) return cutShort();
  return unreadableArchive(error.message);
}

/**
 * A .docx on disk as a zip source. A file small enough to have been read whole (`whole`) with a plain
 * directory (./plain-archive) has it read from those bytes without a library, and its parts inflated by
 * zlib in one call each (streamed past 8 MiB); any other file is read with yauzl, from `whole` or
 * `path`. Either way no part is inflated past the size the archive declares for it.
 */
export async function openZipFile(path: string, whole?: Uint8Array): Promise<ZipSource> {
  // yauzl lists a small file's 17 entries in about 250 us, through a stream and an event per entry; reading
  // the directory from the bytes takes about 15 us.
  if (whole && isPlainArchive(whole)) return openZipInMemory(whole, inflatedInMemory, zlibCrc32);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    const opened = (openError: Error | null, zip?: ZipFile): void => {
      if (openError && END_RECORD_MISSING.test(openError.message)) {
        headOf(path, whole).then(
          (head) => reject(missingEndRecord(head)),
          () => reject(cutShort()),
        );
      } else if (openError || !zip) reject(zipFailure(openError ?? new Error("unknown zip error")));
      else resolve(zip);
    };
    if (whole) yauzl.fromBuffer(Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength), ZIP_OPTIONS, opened);
    else yauzl.open(path, ZIP_OPTIONS, opened);
  });
  const toEntry = (entry: ListedEntry): ZipEntry => ({
    name: entry.fileName,
    rawName: entry.fileNameRaw,
    encrypted: entry.isEncrypted(),
    method: entry.compressionMethod,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    crc32: entry.crc32,
    localName: () => (whole ? Promise.resolve(localHeaderAt(whole, entry.relativeOffsetOfLocalHeader).name) : localNameOnDisk(path, entry)),
    stored: () => (whole ? storedData(whole, entry.relativeOffsetOfLocalHeader, entry.compressedSize) : undefined),
    chunks: () =>
      whole && entry.compressedSize <= IN_MEMORY_PART_BYTES && entry.uncompressedSize <= IN_MEMORY_PART_BYTES
        ? inflatedWhole(entryData(whole, entry.relativeOffsetOfLocalHeader, entry.compressedSize), entry.uncompressedSize)
        : streamed(zip, entry),
  });
  return {
    entryCount: zip.entryCount,
    entries: () => listEntries(zip, toEntry),
    crc32: zlibCrc32,
    close: () => zip.close(),
  };
}

function listEntries(zip: ZipFile, toEntry: (entry: ListedEntry) => ZipEntry): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const found: ZipEntry[] = [];
    zip.on("entry", (entry: ListedEntry) => {
      found.push(toEntry(entry));
      zip.readEntry();
    });
    zip.once("end", () => resolve(found));
    zip.once("error", (error: Error) => reject(zipFailure(error)));
    zip.readEntry();
  });
}

/** The file's first four bytes, where a zip archive has its first local header's signature. */
async function headOf(path: string, whole: Uint8Array | undefined): Promise<Uint8Array> {
  if (whole) return whole.subarray(0, 4);
  const file = await openFile(path, "r");
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

async function localNameOnDisk(path: string, entry: ListedEntry): Promise<Uint8Array> {
  const file = await openFile(path, "r");
  try {
    const header = new Uint8Array(LOCAL_HEADER_BYTES + entry.fileNameRaw.length);
    const { bytesRead } = await file.read(header, 0, header.length, entry.relativeOffsetOfLocalHeader);
    return localHeaderAt(header.subarray(0, bytesRead), 0).name;
  } finally {
    await file.close();
  }
}

/**
 * Inflates one part of an archive held in memory: in one call when it is small, which saves the dozen round
 * trips to the thread pool that streaming costs; chunk by chunk when it is large, so that the reader can stop
 * it at a cap. Never past the size the archive declares.
 */
function inflatedInMemory(data: Uint8Array, uncompressedSize: number): AsyncIterable<Uint8Array> {
  return data.length <= IN_MEMORY_PART_BYTES && uncompressedSize <= IN_MEMORY_PART_BYTES ? inflatedWhole(data, uncompressedSize) : inflatedInChunks(data);
}

async function* inflatedWhole(data: Uint8Array, uncompressedSize: number): AsyncGenerator<Uint8Array> {
  let inflated: Buffer;
  try {
    inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(uncompressedSize, 1) });
  } catch (error) {
    // Other failures are zlib's, which ../zip.ts names.
    throw (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? moreThanDeclared() : error;
  }
  yield inflated;
}

/** The stream is destroyed as soon as the reader stops asking. Its failures are zlib's, which ../zip.ts names. */
async function* inflatedInChunks(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const inflater = zlib.createInflateRaw();
  inflater.end(data);
  const chunks: AsyncIterable<Buffer> = inflater;
  for await (const chunk of chunks) yield chunk;
}

/** Streams one part through yauzl and zlib; the stream is destroyed as soon as the reader stops asking. */
async function* streamed(zip: ZipFile, entry: ListedEntry): AsyncGenerator<Uint8Array> {
  const stream = await new Promise<Readable>((resolve, reject) => {
    zip.openReadStream(entry, (openError, stream) => {
      if (openError || !stream) reject(zipFailure(openError ?? new Error(`cannot open ${entry.fileName}`)));
      else resolve(stream);
    });
  });
  // Failures here are zlib's or yauzl's size checks, which ../zip.ts names.
  const chunks: AsyncIterable<Buffer> = stream;
  for await (const chunk of chunks) yield chunk;
}
