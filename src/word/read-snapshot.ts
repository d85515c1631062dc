import type { Block, DocSnapshot } from "../core/document";
import { mapParagraphs, type TextMap } from "./text-map";

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
];

/** What the host lets a read ask for beyond WordApi 1.3. */
export interface ReadFeatures {
  /** WordApi 1.4: `getReviewedText`, so tracked deletions can be left out. */
  reviewedText: boolean;
  /** Whether the innermost control of each paragraph refuses edits (for a fix). */
  locks?: boolean;
}

export const BASIC_READ: ReadFeatures = { reviewedText: false };

/** A read's result: the record as accepted, and how each paragraph maps back to Word. */
export interface DocumentRead {
  snapshot: DocSnapshot;
  /** Block i's text map (block i is paragraph i). */
  maps: TextMap[];
}

export interface PendingSnapshot {
  /** The loaded paragraphs, in document order: block i is paragraph i. */
  paragraphs: Word.ParagraphCollection;
  /** Call after the sync. */
  read(): DocumentRead;
  /** After the sync: true when the innermost control of paragraph i refuses edits (needs `locks`). */
  locked(index: number): boolean;
}

/** An API the host should have can still be missing when touched (office-js throws ApiNotFound then): read without it. */
function reviewedText(body: Word.Body): OfficeExtension.ClientResult<string> | undefined {
  try {
    return body.getReviewedText("Current");
  } catch {
    return undefined;
  }
}

export function queueSnapshot(context: Word.RequestContext, features: ReadFeatures = BASIC_READ): PendingSnapshot {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  const properties = [...SNAPSHOT_PROPERTIES];
  if (features.locks) properties.push("items/parentContentControlOrNullObject/cannotEdit");
  paragraphs.load(properties.join(","));
  const accepted = features.reviewedText ? reviewedText(body) : undefined;
  return {
    paragraphs,
    read() {
      const maps = mapParagraphs(
        paragraphs.items.map((paragraph) => paragraph.text),
        accepted?.value,
      );
      return {
        snapshot: { blocks: paragraphs.items.map((paragraph, index) => toBlock(paragraph, (maps[index] as TextMap).text)) },
        maps,
      };
    },
    locked(index) {
      const control = paragraphs.items[index]?.parentContentControlOrNullObject;
      return control !== undefined && !control.isNullObject && control.cannotEdit === true;
    },
  };
}

function toBlock(paragraph: Word.Paragraph, text: string): Block {
  const block: Block = { text, style: paragraph.styleBuiltIn };
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

/** The read a check makes: one sync. */
export async function readDocument(context: Word.RequestContext, features: ReadFeatures = BASIC_READ): Promise<DocumentRead> {
  const pending = queueSnapshot(context, features);
  await context.sync();
  return pending.read();
}
