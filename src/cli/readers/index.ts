import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { DocSnapshot } from "../../core/document";
import { createDocxMemo, DEFAULT_DOCX_LIMITS, InputError, readDocx } from "../../docx";
import { IN_MEMORY_FILE_BYTES, openZipFile } from "../../docx/node/zip-file";
import { readText } from "./text";

export { isInputError } from "../../docx";

/** Text files are read whole, so they are capped; a .docx is read part by part under the zip caps. */
const MAX_TEXT_FILE_BYTES = 64 * 1024 * 1024;

/** How far into an OLE compound file we look for the names of its streams. */
const OLE_SCAN_BYTES = 64 * 1024 * 1024;

/**
 * Styles, numbering and relationships parts read in this thread, kept for the next record stored with the
 * same ones: a register of records from one template reads them once.
 */
const templateParts = createDocxMemo();

const ZIP = Buffer.from("PK\x03\x04", "latin1");
const EMPTY_ZIP = Buffer.from("PK\x05\x06", "latin1");
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const SIGNATURES: [Buffer, string][] = [
  [Buffer.from("%PDF"), "is a PDF, not a Word document; rod-check reads .docx, .txt and .md files"],
  [Buffer.from("{\\rtf"), "is a Rich Text (RTF) file; open it in Word and save it as .docx"],
];

async function readAt(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * An OLE compound file is either a Word 97-2003 document or an encrypted Office file (Office wraps a
 * password-protected .docx in OLE). The stream names in its directory tell which.
 */
async function describeCompoundFile(path: string, size: number, whole: Buffer | undefined): Promise<InputError> {
  const bytes = whole ?? (await readAt(path, Math.min(size, OLE_SCAN_BYTES)));
  const hasStream = (name: string): boolean => bytes.includes(Buffer.from(name, "utf16le"));
  if (hasStream("EncryptedPackage") || hasStream("EncryptionInfo")) {
    return new InputError("is encrypted or password-protected; remove the password in Word and save it again");
  }
  if (hasStream("WordDocument")) return new InputError("is a Word 97-2003 .doc; save it as .docx");
  if (hasStream("Workbook") || hasStream("PowerPoint Document")) {
    return new InputError("is an Excel or PowerPoint 97-2003 file, not a Word document");
  }
  return new InputError("is encrypted or password-protected (or an old Office format); save it as .docx without a password");
}

function unreadable(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputError("does not exist");
  if (code === "EACCES" || code === "EPERM") return new InputError("cannot be opened: permission denied");
  return new InputError(`cannot be read (${code ?? String(error)})`);
}

/**
 * Opens the file once: its size, its first bytes, and all of it when it is small (nearly every record
 * is). Synchronous on purpose: for a file of a few kilobytes the thread-pool round trips of the
 * asynchronous calls cost more than the read itself.
 */
function load(path: string): { size: number; head: Buffer; whole?: Buffer } {
  let descriptor: number;
  try {
    descriptor = openSync(path, "r");
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) throw new InputError("is a folder, not a file");
    if (!info.isFile()) throw new InputError("is not a regular file");
    if (info.size === 0) throw new InputError("is empty (0 bytes)");
    const wanted = info.size <= IN_MEMORY_FILE_BYTES ? info.size : 8;
    const bytes = Buffer.alloc(wanted);
    let read = 0;
    while (read < wanted) {
      const count = readSync(descriptor, bytes, read, wanted - read, read);
      if (count === 0) break;
      read += count;
    }
    return info.size <= IN_MEMORY_FILE_BYTES
      ? { size: read, head: bytes.subarray(0, 8), whole: bytes.subarray(0, read) }
      : { size: info.size, head: bytes.subarray(0, read) };
  } catch (error) {
    throw error instanceof InputError ? error : unreadable(error);
  } finally {
    closeSync(descriptor);
  }
}

/** Reads any supported file into a snapshot; every failure is an InputError with a one-line message. */
export async function readDocument(path: string): Promise<DocSnapshot> {
  const { size, head, whole } = load(path);
  if (head.subarray(0, 4).equals(ZIP)) return readDocx(await openZipFile(path, whole), DEFAULT_DOCX_LIMITS, templateParts);
  if (head.subarray(0, 4).equals(EMPTY_ZIP)) throw new InputError("is not a Word document: it is an empty zip archive");
  if (head.equals(OLE)) throw await describeCompoundFile(path, size, whole);
  for (const [signature, message] of SIGNATURES) {
    if (head.subarray(0, signature.length).equals(signature)) throw new InputError(message);
  }

  const extension = extname(path).toLowerCase();
  if (extension === ".txt" || extension === ".md") {
    if (size > MAX_TEXT_FILE_BYTES) {
      throw new InputError(`is too large to check: text files may be at most ${MAX_TEXT_FILE_BYTES / (1024 * 1024)} MiB`);
    }
    return readText(whole ?? (await readAt(path, size)));
  }
  if (extension === ".doc") throw new InputError("is not a Word document rod-check can read; open it in Word and save it as .docx");
  if (extension === ".docx" || extension === ".docm" || extension === ".dotx") {
    throw new InputError("is not a Word .docx file: it is not a zip archive");
  }
  throw new InputError("is not a file rod-check can read; it reads .docx, .txt and .md files");
}
