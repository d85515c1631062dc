import type { Block } from "../core/document";
import type { ContentInit, ParagraphInit } from "./model";

/**
 * Builds fake-document content from DocSnapshot blocks (a seed read by the engine's snapshotFromText, say):
 * styles and flags carry over, and consecutive blocks with the same tag sit in one content control.
 */
export function contentFromBlocks(blocks: readonly Block[]): ContentInit[] {
  const content: ContentInit[] = [];
  let open: { tag: string; paragraphs: ParagraphInit[] } | undefined;
  for (const block of blocks) {
    const paragraph: ParagraphInit = {
      text: block.text,
      styleBuiltIn: block.style ?? "Normal",
      outlineLevel: block.outlineLevel,
      isListItem: block.isListItem ?? false,
      tableNestingLevel: block.inTable ? 1 : 0,
      bold: block.bold ?? false,
    };
    if (block.tag === undefined) {
      open = undefined;
      content.push(paragraph);
    } else if (open && open.tag === block.tag) {
      open.paragraphs.push(paragraph);
    } else {
      open = { tag: block.tag, paragraphs: [paragraph] };
      content.push({ control: { tag: block.tag, title: block.tag }, paragraphs: open.paragraphs });
    }
  }
  return content;
}
