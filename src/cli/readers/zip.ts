import { inflateRawSync } from "node:zlib";
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
    private readonly entries: Map<string, Entry>,
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
    const entries = await new Promise<Map<string, Entry>>((resolve, reject) => {
      const found = new Map<string, Entry>();
      zip.on("entry", (entry: Entry) => {
        found.set(entry.fileName.replace(/\\/g, "/"), entry);
        zip.readEntry();
      });
      zip.once("end", () => resolve(found));
      zip.once("error", (error: Error) => {
        zip.close();
        reject(zipFailure(error));
      });
      zip.readEntry();
    });
    return new ZipPackage(zip, entries, limits, whole);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Streams one part, handing each inflated chunk to `onChunk`; stops past the caps. */
  stream(name: string, onChunk: (chunk: Buffer) => void, maxBytes = this.limits.maxEntryBytes): Promise<void> {
    const entry = this.entries.get(name);
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
          resolve();
        });
      });
    });
  }

  /**
   * Inflates one part of an archive held in memory. The output may not exceed the size the archive
   * declares (already checked against the caps), so a lying header cannot make it balloon.
   */
  private inflateWhole(entry: Entry): Buffer {
    const whole = this.whole!;
    const offset = entry.relativeOffsetOfLocalHeader;
    if (offset + 30 > whole.length || whole.readUInt32LE(offset) !== LOCAL_HEADER_SIGNATURE) {
      throw zipFailure(new Error("invalid local file header signature"));
    }
    const start = offset + 30 + whole.readUInt16LE(offset + 26) + whole.readUInt16LE(offset + 28);
    if (start + entry.compressedSize > whole.length) throw zipFailure(new Error("file data overflows file bounds"));
    const data = whole.subarray(start, start + entry.compressedSize);
    let inflated: Buffer;
    if (entry.compressionMethod === 0) inflated = data;
    else if (entry.compressionMethod === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
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
