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
