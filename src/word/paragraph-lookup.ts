import type { TextMap } from "./text-map";

/** What the last read left behind for each block: its map back to Word, and its id where WordApi 1.6 gives one. */
export interface ReadMemory {
  maps: TextMap[];
  ids: string[];
}

/** A paragraph fetched by id in a batch, with the map it had when the check read it. */
export interface KnownParagraph {
  paragraph: Word.Paragraph;
  map: TextMap;
  /** After the sync: true when Word's text is still what the check read, so the map still holds. */
  unchanged(): boolean;
}

/**
 * Queues a fetch of block `block` by its id (WordApi 1.6), so an action needs no whole-document read. Undefined
 * when there is no id, or the host lacks `getParagraphByUniqueLocalId` (office-js throws ApiNotFound when an
 * unsupported member is touched).
 */
export function queueKnownParagraph(context: Word.RequestContext, memory: ReadMemory | undefined, block: number): KnownParagraph | undefined {
  const id = memory?.ids[block];
  const map = memory?.maps[block];
  if (id === undefined || map === undefined) return undefined;
  let paragraph: Word.Paragraph;
  try {
    paragraph = context.document.getParagraphByUniqueLocalId(id);
  } catch {
    return undefined;
  }
  paragraph.load("text");
  return { paragraph, map, unchanged: () => paragraph.text === map.raw };
}
