import type { DocSnapshot } from "../../document";
import type { Location } from "../../report";

export function spanAt(snapshot: DocSnapshot, block: number, start: number, length: number): Location {
  const text = snapshot.blocks[block]?.text ?? "";
  return { block, start, length, text: text.slice(start, start + length) };
}

/** The whole paragraph, without surrounding spaces. */
export function wholeBlock(snapshot: DocSnapshot, block: number): Location {
  const text = snapshot.blocks[block]?.text ?? "";
  const start = text.length - text.trimStart().length;
  return spanAt(snapshot, block, start, text.trim().length);
}

/** A short quote for messages: the first words of a longer text. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
