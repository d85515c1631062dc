import type { Block, DocSnapshot } from "../core/document";

/**
 * Everything a check needs, in leaf properties only, so the whole document comes back in one round trip. The
 * content-control tag rides along through `parentContentControlOrNullObject`, which is the innermost control.
 */
const SNAPSHOT_PROPERTIES = [
  "items/text",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/isListItem",
  "items/tableNestingLevel",
  "items/font/bold",
  "items/parentContentControlOrNullObject/tag",
].join(",");

export interface PendingSnapshot {
  /** The loaded paragraphs, in document order: block i is paragraph i. */
  paragraphs: Word.ParagraphCollection;
  /** Call after the sync. */
  read(): DocSnapshot;
}

export function queueSnapshot(context: Word.RequestContext): PendingSnapshot {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(SNAPSHOT_PROPERTIES);
  return { paragraphs, read: () => ({ blocks: paragraphs.items.map(toBlock) }) };
}

function toBlock(paragraph: Word.Paragraph): Block {
  const block: Block = { text: paragraph.text, style: paragraph.styleBuiltIn };
  const level = normaliseOutlineLevel(paragraph.outlineLevel);
  if (level !== undefined) block.outlineLevel = level;
  if (paragraph.isListItem) block.isListItem = true;
  if (paragraph.tableNestingLevel > 0) block.inTable = true;
  const control = paragraph.parentContentControlOrNullObject;
  if (!control.isNullObject && control.tag) block.tag = control.tag;
  // Word reports null for a paragraph that mixes bold and regular text: only all-bold counts.
  if (paragraph.font.bold === true) block.bold = true;
  return block;
}

/** Word reports body text as outline level 10 (and some hosts leave it undefined): only 1..9 are headings. */
export function normaliseOutlineLevel(level: number | undefined | null): number | undefined {
  return typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= 9 ? level : undefined;
}

export async function readSnapshot(context: Word.RequestContext): Promise<DocSnapshot> {
  const pending = queueSnapshot(context);
  await context.sync();
  return pending.read();
}
