import { badLocalHeader, cutShort } from "./zip-errors";

/** The fixed part of a local file header, before its name and extra field. */
export const LOCAL_HEADER_BYTES = 30;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;

export interface LocalHeader {
  /** The name as the local header stores it (cut short if the bytes end first). */
  name: Uint8Array;
  /** Where the entry's compressed data begins. */
  dataStart: number;
}

/** Reads the local file header that starts at `offset` in `bytes`. */
export function localHeaderAt(bytes: Uint8Array, offset: number): LocalHeader {
  if (offset + LOCAL_HEADER_BYTES > bytes.length) throw badLocalHeader();
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, LOCAL_HEADER_BYTES);
  if (view.getUint32(0, true) !== LOCAL_HEADER_SIGNATURE) throw badLocalHeader();
  const nameStart = offset + LOCAL_HEADER_BYTES;
  const nameLength = view.getUint16(26, true);
  return {
    name: bytes.subarray(nameStart, nameStart + nameLength),
    dataStart: nameStart + nameLength + view.getUint16(28, true),
  };
}

/** An entry's stored data, found through its local header; a missing header or data running past the end refuses the archive. */
export function entryData<Buffer extends ArrayBufferLike>(bytes: Uint8Array<Buffer>, headerOffset: number, compressedSize: number): Uint8Array<Buffer> {
  const start = localHeaderAt(bytes, headerOffset).dataStart;
  if (start + compressedSize > bytes.length) throw cutShort();
  return bytes.subarray(start, start + compressedSize);
}

/** The same, or undefined where the header or the data is not wholly there: reading the part says what is wrong. */
export function storedData(bytes: Uint8Array, headerOffset: number, compressedSize: number): Uint8Array | undefined {
  try {
    return entryData(bytes, headerOffset, compressedSize);
  } catch {
    return undefined;
  }
}
