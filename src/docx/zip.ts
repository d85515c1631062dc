import { crc32 as crc32InJs } from "./crc32";
import { InputError } from "./errors";
import {
  cutShort,
  encrypted,
  failsCrc,
  inflateFailure,
  listedTwice,
  missingPart,
  moreThanDeclared,
  namesDiffer,
  partsTooBig,
  partTooBig,
  tooManyEntries,
  unreadableArchive,
  unsupportedMethod,
} from "./zip-errors";
import type { ZipEntry, ZipSource } from "./zip-source";

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

/** A part's stored bytes and what the archive declares of them: equal forms inflate to equal text, or fail alike. */
export interface StoredForm {
  bytes: Uint8Array;
  method: number;
  size: number;
  crc32: number;
}

const STORED = 0;
const DEFLATED = 8;

/** OPC compares part names without regard to ASCII case ([ISO/IEC 29500-2] 9.1.1.1.2), so a package may hold each name once. */
function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * Names that would write outside a folder if the archive were unpacked: refused as yauzl refuses them
 * while listing, with its words, so a source that lists without yauzl says the same.
 */
function nameProblem(name: string): string | undefined {
  if (name.includes("\\")) return `invalid characters in fileName: ${name}`;
  if (/^[a-z]:/i.test(name) || name.startsWith("/")) return `absolute path: ${name}`;
  if (name.split("/").includes("..")) return `invalid relative path: ${name}`;
  return undefined;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The parts of one opened archive, by name, over any zip source; read a part only through this class so
 * the caps hold. Here, and only here, an archive is refused for its entry count, a name listed twice, a
 * name its two headers disagree on, a size past the caps, or a CRC-32 that does not match.
 */
export class ZipPackage {
  private inflatedSoFar = 0;
  private readonly crc32: (data: Uint8Array, value: number) => number;

  private constructor(
    private readonly source: ZipSource,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {
    this.crc32 = source.crc32 ?? crc32InJs;
  }

  /** Lists the source's entries under the caps; the source is closed if it is refused. */
  static async open(source: ZipSource, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipPackage> {
    try {
      if (source.entryCount > limits.maxEntries) throw tooManyEntries(source.entryCount, limits.maxEntries);
      const entries = new Map<string, ZipEntry>();
      for (const entry of await source.entries()) {
        const problem = nameProblem(entry.name);
        if (problem) throw unreadableArchive(problem);
        const key = partKey(entry.name);
        if (entries.has(key)) throw listedTwice(key);
        entries.set(key, entry);
      }
      return new ZipPackage(source, entries, limits);
    } catch (error) {
      source.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /**
   * Streams one part, handing each inflated chunk to `onChunk`, with whether it completes the size the archive
   * declares; stops past the caps. The part's name in the central directory must match its local header, and
   * its CRC-32 is checked once it has all been read.
   */
  async stream(name: string, onChunk: (chunk: Uint8Array, last: boolean) => void, maxBytes = this.limits.maxEntryBytes): Promise<void> {
    const { entry, cap } = await this.admit(name, maxBytes);
    let inflated = 0;
    let crc = 0;
    try {
      for await (const chunk of entry.chunks()) {
        inflated += chunk.length;
        this.inflatedSoFar += chunk.length;
        if (inflated > entry.uncompressedSize) throw moreThanDeclared();
        if (inflated > cap) throw partTooBig(name, cap);
        if (this.inflatedSoFar > this.limits.maxTotalBytes) throw partsTooBig(this.limits.maxTotalBytes);
        crc = this.crc32(chunk, crc);
        onChunk(chunk, inflated === entry.uncompressedSize);
      }
    } catch (error) {
      throw error instanceof InputError ? error : inflateFailure(name, error);
    }
    if (inflated < entry.uncompressedSize) throw cutShort();
    if (crc !== entry.crc32) throw failsCrc(name);
  }

  /**
   * What a part holds, told apart without inflating it: its stored bytes with the method, size and CRC-32
   * the archive declares for them. Undefined when the source does not hold the archive in memory.
   */
  storedForm(name: string): StoredForm | undefined {
    const entry = this.entries.get(partKey(name));
    const bytes = entry?.stored();
    return entry && bytes && { bytes, method: entry.method, size: entry.uncompressedSize, crc32: entry.crc32 };
  }

  /**
   * Takes a part as read without inflating it, for a part whose stored form was read whole before: the
   * same checks as `stream` before reading, and its bytes count towards the total.
   */
  async reuse(name: string, maxBytes = this.limits.maxEntryBytes): Promise<void> {
    const { entry } = await this.admit(name, maxBytes);
    this.inflatedSoFar += entry.uncompressedSize;
  }

  /** The checks a part must pass before any of it is inflated; the cap it is read under. */
  private async admit(name: string, maxBytes: number): Promise<{ entry: ZipEntry; cap: number }> {
    const entry = this.entries.get(partKey(name));
    if (!entry) throw missingPart(name);
    if (!sameBytes(await entry.localName(), entry.rawName)) throw namesDiffer(name);
    if (entry.encrypted) throw encrypted();
    if (entry.method !== STORED && entry.method !== DEFLATED) throw unsupportedMethod(entry.method);
    const cap = Math.min(maxBytes, this.limits.maxEntryBytes);
    if (entry.uncompressedSize > cap) throw partTooBig(name, cap);
    if (this.inflatedSoFar + entry.uncompressedSize > this.limits.maxTotalBytes) throw partsTooBig(this.limits.maxTotalBytes);
    return { entry, cap };
  }

  close(): void {
    this.source.close();
  }
}
