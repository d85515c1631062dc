import { InputError } from "./errors";

/**
 * Every line a bad archive can earn, in one place: both zip sources, and the checks that sit above them,
 * say the same thing about the same file.
 */

const MiB = 1024 * 1024;

function describeBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${bytes} bytes`;
}

export const notAZip = (): InputError => new InputError("is not a Word .docx file: it is not a zip archive");

export const cutShort = (): InputError => new InputError("is damaged or incomplete: the zip archive is cut short (was the copy interrupted?)");

export const encrypted = (): InputError => new InputError("is encrypted or password-protected");

export const zip64 = (): InputError => new InputError("uses the ZIP64 format, which only the command-line checker reads (npx rod-check)");

/** The archive's structure is broken in a way no more specific line describes. */
export const unreadableArchive = (detail: string): InputError => new InputError(`is damaged: the zip archive cannot be read (${detail})`);

export const badLocalHeader = (): InputError => unreadableArchive("invalid local file header signature");

export const unsupportedMethod = (method: number): InputError => unreadableArchive(`unsupported compression method: ${method}`);

/** One part's compressed data cannot be inflated. */
export const unreadablePart = (name: string, detail: string): InputError => new InputError(`is damaged: ${name} cannot be read (${detail})`);

export const moreThanDeclared = (): InputError =>
  new InputError("is not a safe Word document: a part unpacks to more than the archive declares (a zip bomb?)");

export const tooManyEntries = (entries: number, most: number): InputError =>
  new InputError(`is not a Word document: its zip archive lists ${entries} parts (more than ${most})`);

export const listedTwice = (key: string): InputError =>
  new InputError(`is not a safe Word document: its zip archive holds ${key} twice, and zip tools disagree on which one counts`);

export const namesDiffer = (name: string): InputError =>
  new InputError(`is not a safe Word document: its zip archive names ${name} differently in its directory and in the entry itself`);

export const missingPart = (name: string): InputError => new InputError(`is not a Word document: it has no ${name}`);

export const failsCrc = (name: string): InputError => new InputError(`is damaged: ${name} fails its CRC-32 check (the copy is corrupt)`);

export const partTooBig = (name: string, cap: number): InputError =>
  new InputError(`is too large to read safely: ${name} unpacks to more than ${describeBytes(cap)} (a zip bomb?)`);

export const partsTooBig = (cap: number): InputError =>
  new InputError(`is too large to read safely: its parts unpack to more than ${describeBytes(cap)} (a zip bomb?)`);
