import { snapshotFromText } from "../../core/text/snapshot-from-text";
import type { DocSnapshot } from "../../core/document";
import { InputError } from "../../docx/errors";
import { count, DEFAULT_WORK_LIMITS } from "../../docx/limits";
import type { WorkLimits } from "../../docx/limits";

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

/**
 * Counts lines as the engine splits them (CR LF, CR or LF), and those with text in them, which become
 * paragraphs; stops as soon as either is past its cap.
 */
function checkLineCount(text: string, limits: Pick<WorkLimits, "maxTextLines" | "maxParagraphs">): void {
  let lines = 1;
  let paragraphs = 0;
  let lineHasText = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 10 && code !== 13) {
      if (!lineHasText && code !== 32 && code !== 9) {
        lineHasText = true;
        if (++paragraphs > limits.maxParagraphs) {
          throw new InputError(`is too large to check: it holds more than ${count(limits.maxParagraphs)} paragraphs`);
        }
      }
      continue;
    }
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
    lineHasText = false;
    if (++lines > limits.maxTextLines) throw new InputError(`is too large to check: it holds more than ${count(limits.maxTextLines)} lines`);
  }
}

/** Plain text and Markdown go through the engine's own reader, exactly as the pane would see them. */
export function readText(bytes: Buffer, limits: Pick<WorkLimits, "maxTextLines" | "maxParagraphs"> = DEFAULT_WORK_LIMITS): DocSnapshot {
  const text = decode(bytes);
  checkLineCount(text, limits);
  return snapshotFromText(text);
}
