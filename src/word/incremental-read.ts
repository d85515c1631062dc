import type { Block } from "../core/document";
import { queueSnapshot, SNAPSHOT_PROPERTIES, toBlock, type DocumentRead, type ReadFeatures } from "./read-snapshot";
import { mapText, type TextMap } from "./text-map";

/** What a paragraph event (WordApi 1.6) carries that a read needs. */
export interface ParagraphEventArgs {
  type: string;
  uniqueLocalIds?: string[] | undefined;
}

/** What one read cost: the figure the live check is judged by on a long record. */
export interface ReadCost {
  /** Whether every paragraph was read. */
  full: boolean;
  /** Paragraphs whose text and formatting came back. */
  paragraphsRead: number;
  /** Paragraphs whose id alone came back (listing the document after a paragraph was added or deleted). */
  idsListed: number;
  syncs: number;
  /** Why the read was full, when it was. */
  reason?: string;
}

interface LastRead {
  ids: string[];
  blocks: Block[];
  maps: TextMap[];
}

interface Pending {
  /** Paragraphs changed or added: to be read again. */
  touched: Set<string>;
  deleted: Set<string>;
  /** A paragraph was added or deleted: its place is known only from a fresh list of ids. */
  structural: boolean;
  /** Why the next read must be full, if it must. */
  full?: string;
}

const MOST_PARAGRAPHS_LOOKED_UP = 50;

const READ_PROPERTIES = SNAPSHOT_PROPERTIES.map((property) => property.replace(/^items\//, ""));

function emptyPending(full?: string): Pending {
  const pending: Pending = { touched: new Set(), deleted: new Set(), structural: false };
  if (full) pending.full = full;
  return pending;
}

/**
 * Keeps the last read of the document and, from Word's paragraph events, brings it up to date by reading only
 * the paragraphs the events name. Anything it cannot place with certainty makes the next read a full one, so
 * the result is always what a full read would give once Word has reported its changes. Word does not report
 * every change (formatting went unreported on the web, #6770), so the host reads in full on regaining focus.
 */
export class IncrementalReader {
  private last: LastRead | undefined;
  private pending: Pending = emptyPending("no read yet");
  private listeners = 0;
  /** The cost of the latest read. */
  lastCost: ReadCost | undefined;
  /** Round trips of the read under way, a failed attempt at a partial read included. */
  private syncs = 0;
  /** Reads run one at a time: a second one started meanwhile would answer from a snapshot the first is updating. */
  private running: Promise<unknown> = Promise.resolve();

  /** Paragraph events now reach `received` (true), or one source of them stopped (false). */
  listening(on: boolean): void {
    if (on && this.listeners++ === 0) this.invalidate("paragraph events started");
    if (!on) this.listeners = Math.max(0, this.listeners - 1);
  }

  /** The next read is full (focus came back: the document may have changed while nothing was listening). */
  invalidate(reason: string): void {
    this.pending.full ??= reason;
  }

  received(event: ParagraphEventArgs): void {
    const ids = event.uniqueLocalIds;
    if (!ids || ids.length === 0) return this.invalidate(`a ${event.type} event named no paragraphs`);
    if (event.type === "ParagraphChanged") ids.forEach((id) => this.pending.touched.add(id));
    else if (event.type === "ParagraphAdded") {
      this.pending.structural = true;
      ids.forEach((id) => this.pending.touched.add(id));
    } else if (event.type === "ParagraphDeleted") {
      this.pending.structural = true;
      ids.forEach((id) => this.pending.deleted.add(id));
    } else this.invalidate(`an unknown event ${event.type}`);
  }

  /**
   * Reads the document: in full when nothing is listening for events, `fullReason` is given (the add-in's own
   * edit may still be reporting), or the events since the last read leave a doubt; otherwise only what changed.
   */
  read(context: Word.RequestContext, features: ReadFeatures, fullReason?: string): Promise<DocumentRead> {
    const read = this.running.then(() => this.readNow(context, features, fullReason));
    this.running = read.catch(() => undefined);
    return read;
  }

  private async readNow(context: Word.RequestContext, features: ReadFeatures, fullReason?: string): Promise<DocumentRead> {
    const pending = this.pending;
    this.pending = emptyPending();
    this.syncs = 0;
    const reason = this.listeners === 0 ? "paragraph events are not being received" : (fullReason ?? pending.full);
    if (reason !== undefined || !this.last) return this.readAll(context, features, reason ?? "no read yet");
    if (pending.touched.size === 0 && !pending.structural) {
      this.lastCost = { full: false, paragraphsRead: 0, idsListed: 0, syncs: 0 };
      return { snapshot: { blocks: [...this.last.blocks] }, maps: [...this.last.maps] };
    }
    // Past a few dozen paragraphs, one read of the collection costs Word less than a lookup for each.
    if (pending.touched.size > Math.max(MOST_PARAGRAPHS_LOOKED_UP, this.last.ids.length / 10)) return this.readAll(context, features, "many paragraphs changed");
    try {
      const read = await this.readChanges(context, features, this.last, pending);
      if (read) return read;
    } catch {
      // A paragraph named by an event has gone since (its deletion not yet reported): read everything.
    }
    return this.readAll(context, features, "a changed paragraph could not be found or placed");
  }

  private async readAll(context: Word.RequestContext, features: ReadFeatures, reason: string): Promise<DocumentRead> {
    const pending = queueSnapshot(context, features);
    // A collection of its own: a second load on the snapshot's collection would not be merged by every host.
    const listing = this.listeners > 0 ? context.document.body.getRange("Whole").paragraphs.load("items/uniqueLocalId") : undefined;
    await this.sync(context);
    const read = pending.read();
    const ids = listing?.items.map((paragraph) => paragraph.uniqueLocalId);
    this.last = ids && ids.length === read.maps.length ? { ids, blocks: read.snapshot.blocks, maps: read.maps } : undefined;
    this.lastCost = { full: true, paragraphsRead: read.maps.length, idsListed: 0, syncs: this.syncs, reason };
    return read;
  }

  private async sync(context: Word.RequestContext): Promise<void> {
    this.syncs++;
    await context.sync();
  }

  /** Reads the named paragraphs (and lists the ids when paragraphs came or went); undefined when unsure. */
  private async readChanges(context: Word.RequestContext, features: ReadFeatures, last: LastRead, pending: Pending): Promise<DocumentRead | undefined> {
    const listing = pending.structural ? context.document.body.paragraphs.load("items/uniqueLocalId") : undefined;
    const wanted = [...pending.touched].filter((id) => !pending.deleted.has(id));
    const reads = new Map(wanted.map((id) => [id, queueParagraph(context, id, features)]));
    await this.sync(context);
    const ids = listing ? listing.items.map((paragraph) => paragraph.uniqueLocalId) : last.ids;
    const known = new Map(last.ids.map((id, index) => [id, index]));
    // New paragraphs Word did not name (an event late or lost), "deleted" ones that stay (a tracked deletion), and
    // the neighbours of every new paragraph: Word for Mac moves an id to the paragraph inserted after it (#5784).
    const doubtful = new Set(ids.filter((id) => !known.has(id) || pending.deleted.has(id)));
    ids.forEach((id, index) => {
      if (known.has(id)) return;
      if (index > 0) doubtful.add(ids[index - 1] as string);
      if (index + 1 < ids.length) doubtful.add(ids[index + 1] as string);
    });
    const unread = [...doubtful].filter((id) => !reads.has(id));
    if (unread.length > 0) {
      unread.forEach((id) => reads.set(id, queueParagraph(context, id, features)));
      await this.sync(context);
    }
    if (!placedInOrder(ids, known)) return undefined;
    const present = new Set(ids);
    const fresh = new Map([...reads].filter(([id]) => present.has(id)).map(([id, paragraph]) => [id, paragraph.read()]));
    const blocks: Block[] = [];
    const maps: TextMap[] = [];
    for (const id of ids) {
      const read = fresh.get(id);
      const index = known.get(id) as number;
      blocks.push(read ? read.block : (last.blocks[index] as Block));
      maps.push(read ? read.map : (last.maps[index] as TextMap));
    }
    this.last = { ids, blocks, maps };
    this.lastCost = { full: false, paragraphsRead: reads.size, idsListed: listing ? ids.length : 0, syncs: this.syncs };
    return { snapshot: { blocks: [...blocks] }, maps: [...maps] };
  }
}

/** Paragraphs kept from the last read must still stand in the same order: anything else is a move. */
function placedInOrder(ids: string[], known: Map<string, number>): boolean {
  let previous = -1;
  for (const id of ids) {
    const index = known.get(id);
    if (index === undefined) continue;
    if (index <= previous) return false;
    previous = index;
  }
  return true;
}

interface QueuedParagraph {
  /** After the sync: the paragraph as a block and its text map. */
  read(): { block: Block; map: TextMap };
}

function queueParagraph(context: Word.RequestContext, id: string, features: ReadFeatures): QueuedParagraph {
  const paragraph = context.document.getParagraphByUniqueLocalId(id);
  paragraph.load(READ_PROPERTIES.join(","));
  const accepted = features.reviewedText ? paragraph.getReviewedText("Current") : undefined;
  return {
    read() {
      const map = mapText(paragraph.text, accepted?.value);
      return { block: toBlock(paragraph, map.text), map };
    },
  };
}

