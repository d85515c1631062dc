import { open as openFile } from "node:fs/promises";
import * as zlib from "node:zlib";
import yauzl from "yauzl";
import type { Entry, Options, ZipFile } from "yauzl";
import { InputError } from "./errors";

/**
 * Caps on what a .docx may make us inflate. A Word document of 20 MB on disk holds well under 256 MiB of
 * document.xml; a zip bomb declares or produces more and is stopped there. Sizes are counted while
 * inflating, never trusted from the archive's own headers alone.
 */
export interface ZipLimits {
  /** Most entries the central directory may list (a Word document has tens, hundreds with images). */
  maxEntries: number;
  /** Most bytes any one part may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all the parts we read may inflate to together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 320 * 1024 * 1024,
};

const MiB = 1024 * 1024;

/**
 * Most .docx files are small: read them whole and inflate their parts in one call each, which saves
 * the dozen round trips to the thread pool that streaming costs per file. Larger files and parts stream.
 */
export const IN_MEMORY_FILE_BYTES = 16 * MiB;
const IN_MEMORY_PART_BYTES = 8 * MiB;

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;

/** The central directory's own copy of an entry's name, as stored (yauzl keeps it beside the decoded one). */
type ListedEntry = Entry & { fileNameRaw: Buffer };

/** The CRC-32 of zip and PNG, for Node releases older than zlib.crc32 (20.15). */
function crc32InJs(data: Uint8Array, value = 0): number {
  let crc = ~value;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const crc32: (data: Uint8Array, value?: number) => number = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32InJs;

/** OPC compares part names without regard to ASCII case ([ISO/IEC 29500-2] 9.1.1.1.2), so a package may hold each name once. */
function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

const corrupt = (name: string): InputError => new InputError(`is damaged: ${name} fails its CRC-32 check (the copy is corrupt)`);
const ZIP_OPTIONS: Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };

function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}

/** Turns what yauzl and zlib say about a bad archive into a line a user can act on. */
function zipFailure(error: Error): InputError {
  if (/end of central directory record signature not found/i.test(error.message)) {
    return new InputError("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)");
  }
  if (/encrypted/i.test(error.message)) return new InputError("is encrypted or password-protected");
  if (/too many bytes in the stream/i.test(error.message)) {
    return new InputError("is not a safe Word document: a part unpacks to more than the archive declares (a zip bomb?)");
  }
  if (/not enough bytes|unexpected EOF|overflows file bounds|unexpected end of file/i.test(error.message)) {
    return new InputError("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)");
  }
  return new InputError(`is damaged: the zip archive cannot be read (${error.message})`);
}

/** The parts of one opened archive, by name; read a part only through this class so the caps hold. */
export class ZipPackage {
  private inflatedSoFar = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly path: string,
    private readonly entries: Map<string, ListedEntry>,
    private readonly limits: ZipLimits,
    private readonly whole: Buffer | undefined,
  ) {}

  /** Opens an archive from its bytes when the file was small enough to read whole, else from disk. */
  static async open(path: string, whole: Buffer | undefined, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipPackage> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      const opened = (openError: Error | null, zip?: ZipFile): void => {
        if (openError || !zip) reject(zipFailure(openError ?? new Error("unknown zip error")));
        else resolve(zip);
      };
      if (whole) yauzl.fromBuffer(whole, ZIP_OPTIONS, opened);
      else yauzl.open(path, ZIP_OPTIONS, opened);
    });
    if (zip.entryCount > limits.maxEntries) {
      zip.close();
      throw new InputError(`is not a Word document: its zip archive lists ${zip.entryCount} parts (more than ${limits.maxEntries})`);
    }
    const entries = await new Promise<Map<string, ListedEntry>>((resolve, reject) => {
      const found = new Map<string, ListedEntry>();
      zip.on("entry", (entry: ListedEntry) => {
        const key = partKey(entry.fileName);
        if (found.has(key)) {
          zip.close();
          reject(new InputError(`is not a safe Word document: its zip archive holds ${key} twice, and zip tools disagree on which one counts`));
          return;
        }
        found.set(key, entry);
        zip.readEntry();
      });
      zip.once("end", () => resolve(found));
      zip.once("error", (error: Error) => {
        zip.close();
        reject(zipFailure(error));
      });
      zip.readEntry();
    });
    return new ZipPackage(zip, path, entries, limits, whole);
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /**
   * Streams one part, handing each inflated chunk to `onChunk`; stops past the caps. The part's CRC-32 is
   * checked once it has all been read, and its name in the central directory must match its local header.
   */
  async stream(name: string, onChunk: (chunk: Buffer) => void, maxBytes = this.limits.maxEntryBytes): Promise<void> {
    const entry = this.entries.get(partKey(name));
    if (entry) await this.checkLocalName(name, entry);
    return this.inflate(name, entry, onChunk, maxBytes);
  }

  private inflate(name: string, entry: ListedEntry | undefined, onChunk: (chunk: Buffer) => void, maxBytes: number): Promise<void> {
    if (!entry) return Promise.reject(new InputError(`is not a Word document: it has no ${name}`));
    if (entry.isEncrypted()) return Promise.reject(new InputError("is encrypted or password-protected"));
    const cap = Math.min(maxBytes, this.limits.maxEntryBytes);
    const tooBig = (): InputError =>
      new InputError(`is too large to read safely: ${name} unpacks to more than ${describeBytes(cap)} (a zip bomb?)`);
    const tooBigInAll = (): InputError =>
      new InputError(`is too large to read safely: its parts unpack to more than ${describeBytes(this.limits.maxTotalBytes)} (a zip bomb?)`);
    if (entry.uncompressedSize > cap) return Promise.reject(tooBig());
    if (this.inflatedSoFar + entry.uncompressedSize > this.limits.maxTotalBytes) return Promise.reject(tooBigInAll());
    if (this.whole && entry.compressedSize <= IN_MEMORY_PART_BYTES && entry.uncompressedSize <= IN_MEMORY_PART_BYTES) {
      try {
        const inflated = this.inflateWhole(entry);
        if (crc32(inflated) !== entry.crc32) throw corrupt(name);
        this.inflatedSoFar += inflated.length;
        onChunk(inflated);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof InputError ? error : new InputError(`is damaged: ${name} cannot be read (${String(error)})`));
      }
    }

    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (openError, stream) => {
        if (openError || !stream) {
          reject(zipFailure(openError ?? new Error(`cannot open ${name}`)));
          return;
        }
        let inflated = 0;
        let crc = 0;
        let settled = false;
        const fail = (error: InputError): void => {
          if (settled) return;
          settled = true;
          stream.destroy();
          reject(error);
        };
        stream.on("data", (chunk: Buffer) => {
          if (settled) return;
          inflated += chunk.length;
          this.inflatedSoFar += chunk.length;
          if (inflated > cap) return fail(tooBig());
          if (this.inflatedSoFar > this.limits.maxTotalBytes) return fail(tooBigInAll());
          crc = crc32(chunk, crc);
          try {
            onChunk(chunk);
          } catch (error) {
            fail(error instanceof InputError ? error : new InputError(`is damaged: ${name} cannot be read (${String(error)})`));
          }
        });
        stream.once("error", (error: Error) => fail(zipFailure(error)));
        stream.once("end", () => {
          if (settled) return;
          settled = true;
          if (crc !== entry.crc32) reject(corrupt(name));
          else resolve();
        });
      });
    });
  }

  /**
   * A name the central directory gives one way and the entry's own header another is how an archive shows
   * one part to one tool and another part to the next; such an archive is refused.
   */
  private async checkLocalName(name: string, entry: ListedEntry): Promise<void> {
    const offset = entry.relativeOffsetOfLocalHeader;
    const length = entry.fileNameRaw.length;
    let header: Buffer;
    if (this.whole) header = this.whole.subarray(offset, offset + LOCAL_HEADER_BYTES + length);
    else {
      const file = await openFile(this.path, "r");
      try {
        header = Buffer.alloc(LOCAL_HEADER_BYTES + length);
        header = header.subarray(0, (await file.read(header, 0, header.length, offset)).bytesRead);
      } finally {
        await file.close();
      }
    }
    if (header.length < LOCAL_HEADER_BYTES || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw zipFailure(new Error("invalid local file header signature"));
    }
    const localName = header.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + header.readUInt16LE(26));
    if (!localName.equals(entry.fileNameRaw)) {
      throw new InputError(`is not a safe Word document: its zip archive names ${name} differently in its directory and in the entry itself`);
    }
  }

  /**
   * Inflates one part of an archive held in memory. The output may not exceed the size the archive
   * declares (already checked against the caps), so a lying header cannot make it balloon.
   */
  private inflateWhole(entry: Entry): Buffer {
    const whole = this.whole!;
    const offset = entry.relativeOffsetOfLocalHeader;
    if (offset + LOCAL_HEADER_BYTES > whole.length || whole.readUInt32LE(offset) !== LOCAL_HEADER_SIGNATURE) {
      throw zipFailure(new Error("invalid local file header signature"));
    }
    const start = offset + LOCAL_HEADER_BYTES + whole.readUInt16LE(offset + 26) + whole.readUInt16LE(offset + 28);
    if (start + entry.compressedSize > whole.length) throw zipFailure(new Error("file data overflows file bounds"));
    const data = whole.subarray(start, start + entry.compressedSize);
    let inflated: Buffer;
    if (entry.compressionMethod === 0) inflated = data;
    else if (entry.compressionMethod === 8) {
      try {
        inflated = zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw zipFailure(new Error(code === "ERR_BUFFER_TOO_LARGE" ? "too many bytes in the stream" : (error as Error).message));
      }
    } else throw zipFailure(new Error(`unsupported compression method: ${entry.compressionMethod}`));
    if (inflated.length > entry.uncompressedSize) throw zipFailure(new Error("too many bytes in the stream"));
    if (inflated.length < entry.uncompressedSize) throw zipFailure(new Error("not enough bytes in the stream"));
    return inflated;
  }

  close(): void {
    this.zip.close();
  }
}
