import { badLocalHeader } from "./zip-errors";

/** The fixed part of a local file header, before its name and extra field. */
export const LOCAL_HEADER_BYTES = 30;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;

export interface LocalHeader {
  /** The name as the local header stores it (cut short if the bytes end first). */
  name: Uint8Array;
  /** Where the entry's compressed data begins. */
  dataStart: number;
}

/** The fixed part of the local header at `offset`, or undefined when it is not there. */
function fixedPartAt(bytes: Uint8Array, offset: number): DataView | undefined {
  if (offset + LOCAL_HEADER_BYTES > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, LOCAL_HEADER_BYTES);
  return view.getUint32(0, true) === LOCAL_HEADER_SIGNATURE ? view : undefined;
}

/** Reads the local file header that starts at `offset` in `bytes`. */
export function localHeaderAt(bytes: Uint8Array, offset: number): LocalHeader {
  const view = fixedPartAt(bytes, offset);
  if (view === undefined) throw badLocalHeader();
  const nameStart = offset + LOCAL_HEADER_BYTES;
  const nameLength = view.getUint16(26, true);
  return {
    name: bytes.subarray(nameStart, nameStart + nameLength),
    dataStart: nameStart + nameLength + view.getUint16(28, true),
  };
}

/** An entry's stored data, found through its local header; undefined when the header or the data is not wholly there. */
export function storedData(bytes: Uint8Array, headerOffset: number, compressedSize: number): Uint8Array | undefined {
  if (fixedPartAt(bytes, headerOffset) === undefined) return undefined;
  const start = localHeaderAt(bytes, headerOffset).dataStart;
  return start + compressedSize <= bytes.length ? bytes.subarray(start, start + compressedSize) : undefined;
}
