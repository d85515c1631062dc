import { decodeCp437 } from "./cp437";
import { entryData, localHeaderAt, storedData } from "./local-header";
import { cutShort, missingEndRecord, zip64 } from "./zip-errors";
import type { ZipEntry, ZipSource } from "./zip-source";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;
const UTF8_NAME_FLAG = 0x800;

/** Inflates one deflated entry's data, never asked for more than its declared size; failures are named by ./zip.ts. */
export type Inflater<Buffer extends ArrayBufferLike> = (data: Uint8Array<Buffer>, uncompressedSize: number) => AsyncIterable<Uint8Array>;

function findEndOfCentralDirectory(view: DataView): number | undefined {
  // The record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}

interface Directory {
  view: DataView;
  entryCount: number;
  offset: number;
}

function directoryOf(bytes: Uint8Array): Directory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  return end === undefined ? undefined : { view, entryCount: view.getUint16(end + 10, true), offset: view.getUint32(end + 16, true) };
}

/** Where each central directory entry starts, in order; the directory must lie wholly inside the archive. */
function* entryOffsets(bytes: Uint8Array, { view, entryCount, offset }: Directory): Generator<number> {
  let at = offset;
  for (let index = 0; index < entryCount; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw cutShort();
    yield at;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

const hasZip64Marker = (view: DataView, at: number): boolean => [20, 24, 42].some((field) => view.getUint32(at + field, true) === ZIP64_MARKER);

async function* storedChunks(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

/**
 * A .docx held in memory as a zip source: its central directory is read here, without a library, and its
 * deflated parts are inflated by `inflate` (DecompressionStream in a browser, zlib in Node). ZIP64 archives
 * are refused. `crc32` is the platform's own, where it has one.
 */
export function openZipInMemory<Buffer extends ArrayBufferLike>(bytes: Uint8Array<Buffer>, inflate: Inflater<Buffer>, crc32?: ZipSource["crc32"]): ZipSource {
  const directory = directoryOf(bytes);
  if (directory === undefined) throw missingEndRecord(bytes.subarray(0, Math.min(bytes.length, 4)));
  const { view, entryCount, offset } = directory;
  if (entryCount === 0xffff || offset === ZIP64_MARKER) throw zip64();
  const utf8 = new TextDecoder("utf-8");

  const toEntry = (at: number): ZipEntry => {
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) throw cutShort();
    if (hasZip64Marker(view, at)) throw zip64();
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = flags & UTF8_NAME_FLAG ? utf8.decode(rawName) : decodeCp437(rawName);
    return {
      name,
      rawName,
      encrypted: (flags & 1) === 1,
      method,
      compressedSize,
      uncompressedSize,
      crc32: crc,
      localName: async () => localHeaderAt(bytes, localHeaderOffset).name,
      stored: () => storedData(bytes, localHeaderOffset, compressedSize),
      chunks: () => {
        const data = entryData(bytes, localHeaderOffset, compressedSize);
        return method === 0 ? storedChunks(data) : inflate(data, uncompressedSize);
      },
    };
  };

  return {
    entryCount,
    entries: async () => Array.from(entryOffsets(bytes, directory), toEntry),
    crc32,
    close: () => undefined,
  };
}
