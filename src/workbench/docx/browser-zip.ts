import { InputError } from "../../docx/errors";

/**
 * The zip layer of rod-check's .docx reader (src/cli/readers/zip.ts), for the browser: the workbench's build
 * puts this module in its place, so the workbench reads a .docx with the very same reader as rod-check. The
 * archive is held in memory; parts are inflated with the browser's DecompressionStream, and the same caps
 * apply, counted while inflating.
 */

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/** Lower than rod-check's: this runs in a browser tab, and a record of decision is far smaller. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 64 * MiB,
  maxTotalBytes: 96 * MiB,
};

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARKER = 0xffffffff;

interface Entry {
  name: string;
  encrypted: boolean;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const damaged = () => new InputError("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)");

const zip64 = () => new InputError("uses the ZIP64 format, which only the command-line checker reads (npx rod-check)");

function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  if (view.byteLength >= 4 && view.getUint32(0, true) === LOCAL_HEADER) throw damaged();
  throw new InputError("is not a Word .docx file: it is not a zip archive");
}

function readEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARKER) throw zip64();
  if (count > limits.maxEntries) {
    throw new InputError(`is not a Word document: its zip archive lists ${count} parts (more than ${limits.maxEntries})`);
  }
  const names = new TextDecoder("utf-8");
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) throw damaged();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw damaged();
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/");
    const entry: Entry = {
      name,
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if ([entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].includes(ZIP64_MARKER)) throw zip64();
    entries.set(name, entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The parts of one archive held in memory, by name; parts are read only through this class, so the caps hold. */
export class ZipPackage {
  private inflatedSoFar = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, Entry>,
    private readonly limits: ZipLimits,
  ) {}

  /** The browser has no path to read from: the archive's bytes come from the file the user picked. */
  static async open(_path: string, whole: Uint8Array | undefined, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipPackage> {
    if (!whole) throw new InputError("was not read: the workbench needs the file's bytes");
    return new ZipPackage(whole, readEntries(whole, limits), limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Hands the part's inflated bytes to `onChunk`, chunk by chunk; stops past the caps. */
  async stream(name: string, onChunk: (chunk: Uint8Array) => void, maxBytes = this.limits.maxEntryBytes): Promise<void> {
    const entry = this.entries.get(name);
    if (!entry) throw new InputError(`is not a Word document: it has no ${name}`);
    if (entry.encrypted) throw new InputError("is encrypted or password-protected");
    const cap = Math.min(maxBytes, this.limits.maxEntryBytes);
    const tooBig = () => new InputError(`is too large to read safely: ${name} unpacks to more than ${describeBytes(cap)} (a zip bomb?)`);
    const tooBigInAll = () =>
      new InputError(`is too large to read safely: its parts unpack to more than ${describeBytes(this.limits.maxTotalBytes)} (a zip bomb?)`);
    if (entry.uncompressedSize > cap) throw tooBig();
    if (this.inflatedSoFar + entry.uncompressedSize > this.limits.maxTotalBytes) throw tooBigInAll();

    const data = this.storedData(entry);
    if (entry.method === 0) {
      this.inflatedSoFar += data.length;
      onChunk(data);
      return;
    }
    if (entry.method !== 8) throw new InputError(`is damaged: the zip archive cannot be read (unsupported compression method: ${entry.method})`);

    const inflated = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    const reader = inflated.getReader();
    let total = 0;
    let finished = false;
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          throw new InputError(`is damaged: ${name} cannot be read (${error instanceof Error ? error.message : String(error)})`);
        }
        if (next.done) {
          finished = true;
          break;
        }
        total += next.value.length;
        this.inflatedSoFar += next.value.length;
        if (total > entry.uncompressedSize) {
          throw new InputError("is not a safe Word document: a part unpacks to more than the archive declares (a zip bomb?)");
        }
        if (total > cap) throw tooBig();
        if (this.inflatedSoFar > this.limits.maxTotalBytes) throw tooBigInAll();
        onChunk(next.value);
      }
    } finally {
      // Stopped early (a cap, or damage): nothing more is inflated.
      if (!finished) await reader.cancel().catch(() => undefined);
    }
    if (total < entry.uncompressedSize) throw damaged();
  }

  private storedData(entry: Entry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const offset = entry.localHeaderOffset;
    if (offset + 30 > this.bytes.length || view.getUint32(offset, true) !== LOCAL_HEADER) throw damaged();
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw damaged();
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  close(): void {
    // Nothing to release: the archive is an array in memory.
  }
}
