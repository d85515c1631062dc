import { snapshotFromText } from "../../core";
import type { DocSnapshot } from "../../core/document";
import { InputError } from "./errors";

/** Decodes a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const evenLength = (bytes.length - 2) & ~1;
    return Buffer.from(bytes.subarray(2, 2 + evenLength)).swap16().toString("utf16le");
  }
  if (bytes.includes(0)) throw new InputError("does not look like a text file (it contains binary data)");
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Plain text and Markdown go through the engine's own reader, exactly as the pane would see them. */
export function readText(bytes: Buffer): DocSnapshot {
  return snapshotFromText(decode(bytes));
}
