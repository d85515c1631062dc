import yauzl from "yauzl";
import type { Entry, ZipFile } from "yauzl";
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

function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}

/** yauzl's wording for an archive whose end is missing; anything else it rejects is damage. */
function zipFailure(error: Error, sawZipSignature: boolean): InputError {
  if (/end of central directory record signature not found/i.test(error.message)) {
    return new InputError(
      sawZipSignature
        ? "is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)"
        : "is not a Word .docx file: it is not a zip archive",
    );
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
  ) {}

  static open(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS, sawZipSignature = true): Promise<ZipPackage> {
    return new Promise((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (openError, zip) => {
        if (openError || !zip) {
          reject(zipFailure(openError ?? new Error("unknown zip error"), sawZipSignature));
          return;
        }
        if (zip.entryCount > limits.maxEntries) {
          zip.close();
          reject(new InputError(`is not a Word document: its zip archive lists ${zip.entryCount} parts (more than ${limits.maxEntries})`));
          return;
        }
        const entries = new Map<string, Entry>();
        zip.on("entry", (entry: Entry) => {
          entries.set(entry.fileName.replace(/\\/g, "/"), entry);
          zip.readEntry();
        });
        zip.once("end", () => resolve(new ZipPackage(zip, entries, limits)));
        zip.once("error", (error: Error) => {
          zip.close();
          reject(zipFailure(error, sawZipSignature));
        });
        zip.readEntry();
      });
    });
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

    return new Promise((resolve, reject) => {
      this.zip.openReadStream(entry, (openError, stream) => {
        if (openError || !stream) {
          reject(zipFailure(openError ?? new Error(`cannot open ${name}`), true));
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
        stream.once("error", (error: Error) => fail(zipFailure(error, true)));
        stream.once("end", () => {
          if (settled) return;
          settled = true;
          resolve();
        });
      });
    });
  }

  /** Reads a small part whole, as UTF-8 text. */
  async readText(name: string, maxBytes: number): Promise<string> {
    const chunks: Buffer[] = [];
    await this.stream(name, (chunk) => chunks.push(chunk), maxBytes);
    return Buffer.concat(chunks).toString("utf8");
  }

  close(): void {
    this.zip.close();
  }
}
