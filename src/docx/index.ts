/**
 * rod-check's .docx reader, free of any platform: it reads from a ZipSource, which ./node (a file on
 * disk, with yauzl and zlib) or ./browser (bytes in memory, with DecompressionStream) provides.
 */
export { createDocxMemo, DEFAULT_DOCX_LIMITS, readDocx } from "./docx";
export type { DocxLimits, DocxMemo } from "./docx";
export { InputError, isInputError } from "./errors";
export type { ZipSource } from "./zip-source";
