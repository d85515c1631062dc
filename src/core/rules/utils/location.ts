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
