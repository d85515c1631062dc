import { ErrorCodes, FakeOfficeError } from "./errors";
import type { ParagraphModel, RevisionModel } from "./model";

/**
 * Reading a paragraph's characters as Word does: comment anchors are always part of the text; tracked deletions
 * are too while revisions show inline (office-js #2314); getReviewedText leaves out deletions ("Current") or
 * insertions ("Original").
 */

export function textOf(paragraph: ParagraphModel, revisionsInline: boolean, from: number, to: number, version?: "Current" | "Original"): string {
  const marks = paragraph.marks;
  if (!marks) return paragraph.text.slice(from, to);
  const hidden: RevisionModel["type"] | undefined =
    version === "Current" ? "Deleted" : version === "Original" ? "Added" : revisionsInline ? undefined : "Deleted";
  if (!hidden) return paragraph.text.slice(from, to);
  let text = "";
  for (let i = from; i < to; i++) if (marks[i]?.revision?.type !== hidden) text += paragraph.text[i];
  return text;
}

/** A stretch of a paragraph that search() looks in, with the raw offset of each of its characters. */
export interface SearchSegment {
  text: string;
  offsets: { length: number; at(index: number): number };
}

/**
 * The stretches `search()` looks in: a match never crosses the edge of a tracked deletion shown inline
 * (office-js #5874, #4170); with revisions in balloons, deletions are skipped.
 */
export function searchSegments(paragraph: ParagraphModel, revisionsInline: boolean, from: number, to: number): SearchSegment[] {
  const marks = paragraph.marks;
  // Most paragraphs have no marks: one stretch whose offsets simply count on from `from`.
  if (!marks) return [{ text: paragraph.text.slice(from, to), offsets: { length: to - from, at: (i: number) => from + i } }];
  const segments: { text: string; offsets: number[] }[] = [];
  let current: { text: string; offsets: number[] } | undefined;
  let currentDeleted: boolean | undefined;
  for (let i = from; i < to; i++) {
    const deleted = marks[i]?.revision?.type === "Deleted";
    if (deleted && !revisionsInline) continue;
    if (!current || deleted !== currentDeleted) {
      current = { text: "", offsets: [] };
      currentDeleted = deleted;
      segments.push(current);
    }
    current.text += paragraph.text[i];
    current.offsets.push(i);
  }
  return segments.map(({ text, offsets }) => ({ text, offsets: { length: offsets.length, at: (i: number) => offsets[i] as number } }));
}

/** The raw offset of the character `current` counts to when tracked deletions are skipped, as critique offsets are (office-js #5672). */
export function offsetSkippingDeletions(paragraph: ParagraphModel, current: number): number {
  if (!paragraph.marks) return current;
  let seen = 0;
  for (let i = 0; i < paragraph.text.length; i++) {
    if (paragraph.marks[i]?.revision?.type === "Deleted") continue;
    if (seen === current) return i;
    seen++;
  }
  if (seen === current) return paragraph.text.length;
  throw new FakeOfficeError(ErrorCodes.invalidArgument, "The critique lies outside the paragraph.");
}
