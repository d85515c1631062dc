/**
 * Whether reading a zip archive's directory from its bytes lists exactly what yauzl lists: a directory yauzl
 * reads without complaint and without its special cases. Anything else (damage, ZIP64, several disks, strong
 * encryption, Unicode path fields, names that are not plain ASCII paths, stored entries whose two sizes
 * differ) is left to yauzl, so that a damaged file gets the same line however it was read.
 */

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;
const END_RECORD_BYTES = 22;
const ZIP64_LOCATOR_BYTES = 20;
const STRONG_ENCRYPTION_FLAG = 0x40;
const ZIP64_EXTRA_FIELD = 0x0001;
const UNICODE_PATH_EXTRA_FIELD = 0x7075;

/** The end record yauzl settles on: the last signature in the file's tail, whose comment runs exactly to the end. */
function endRecord(view: DataView): number | undefined {
  const tail = Math.min(ZIP64_LOCATOR_BYTES + END_RECORD_BYTES + 0xffff, view.byteLength);
  const tailStart = view.byteLength - tail;
  for (let at = view.byteLength - END_RECORD_BYTES; at >= tailStart; at--) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY) continue;
    if (view.getUint16(at + 20, true) !== view.byteLength - at - END_RECORD_BYTES) return undefined;
    if (at - ZIP64_LOCATOR_BYTES >= tailStart && view.getUint32(at - ZIP64_LOCATOR_BYTES, true) === ZIP64_LOCATOR) return undefined;
    return view.getUint16(at + 4, true) === 0 ? at : undefined;
  }
  return undefined;
}

/** Whether yauzl splits the extra fields without complaint, and none of them changes what it reads. */
function plainExtraFields(view: DataView, from: number, to: number): boolean {
  let at = from;
  while (at < to - 3) {
    const id = view.getUint16(at, true);
    const end = at + 4 + view.getUint16(at + 2, true);
    if (end > to || id === ZIP64_EXTRA_FIELD || id === UNICODE_PATH_EXTRA_FIELD) return false;
    at = end;
  }
  return true;
}

/** A name yauzl would take as it stands: printable ASCII, relative, no backslash, no "..". */
function plainName(bytes: Uint8Array, from: number, to: number): boolean {
  let name = "";
  for (let at = from; at < to; at++) {
    const byte = bytes[at];
    if (byte < 0x20 || byte > 0x7e || byte === 0x5c) return false;
    name += String.fromCharCode(byte);
  }
  return !/^[a-z]:/i.test(name) && !name.startsWith("/") && !name.split("/").includes("..");
}

export function isPlainArchive(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(view);
  if (end === undefined) return false;
  const entryCount = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || at === ZIP64_MARKER) return false;
  for (let index = 0; index < entryCount; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return false;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    if (flags & STRONG_ENCRYPTION_FLAG) return false;
    if ([compressedSize, uncompressedSize, view.getUint32(at + 42, true)].includes(ZIP64_MARKER)) return false;
    // yauzl checks a stored entry's two sizes against each other (an encrypted one carries a 12-byte header).
    if (method === 0 && compressedSize !== uncompressedSize + (flags & 1 ? 12 : 0)) return false;
    const nameEnd = at + 46 + view.getUint16(at + 28, true);
    const extraEnd = nameEnd + view.getUint16(at + 30, true);
    const next = extraEnd + view.getUint16(at + 32, true);
    if (next > bytes.length || !plainName(bytes, at + 46, nameEnd) || !plainExtraFields(view, nameEnd, extraEnd)) return false;
    at = next;
  }
  return true;
}
