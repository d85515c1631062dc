/**
 * What the .docx reader needs from a zip archive, whatever holds it: a file on disk read by Node, or the
 * bytes of a file picked in a browser. A source only lists and inflates; src/docx/zip.ts decides what is
 * safe to read and what each failure is called, so every source is held to the same caps and messages.
 */

/** One entry as the archive's central directory lists it. */
export interface ZipEntry {
  /** The name, decoded. */
  readonly name: string;
  /** The name exactly as the central directory stores it. */
  readonly rawName: Uint8Array;
  readonly encrypted: boolean;
  /** 0 stored, 8 deflated; others are refused before any byte is read. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  /** The name as the entry's own local header stores it. */
  localName(): Promise<Uint8Array>;
  /**
   * The entry's data as the archive stores it (deflated or not), where the source holds the archive in
   * memory and the data lies wholly inside it; undefined otherwise. Reading the part still goes through
   * `chunks`, which says what is wrong with a damaged entry.
   */
  stored(): Uint8Array | undefined;
  /**
   * The entry's bytes, inflated, chunk by chunk. The reader stops asking as soon as a cap is passed, and
   * the source then inflates nothing more. Failures are InputErrors from ./zip-errors where the source
   * can tell what went wrong.
   */
  chunks(): AsyncIterable<Uint8Array>;
}

export interface ZipSource {
  /** How many entries the central directory says it holds, known before any is listed. */
  readonly entryCount: number;
  /** The entries, in the central directory's order. */
  entries(): Promise<readonly ZipEntry[]>;
  /** A faster CRC-32 than ./crc32's, where the platform has one. */
  readonly crc32?: (data: Uint8Array, value: number) => number;
  /** Releases what the source holds open; called once reading is over, whether it succeeded or not. */
  close(): void;
}
