import type { ClearResult, HostCapabilities, MarkResult } from "./document-host";
import type { Finding, Location, Severity } from "../core/report";
import { errorMessage } from "../core/text/error-message";
import { errorCode } from "./office-errors";
import { BodySearch } from "./body-search";
import { queueSnapshot, type ReadFeatures } from "./read-snapshot";
import { critiqueSpan, type TextMap } from "./text-map";
import { stillReads } from "./text-range";

/** Every comment this add-in writes starts with this, so "Clear marks" removes ours and nobody else's. */
export const COMMENT_PREFIX = "ROD Author: ";

const CRITIQUE_COLOURS: Record<Severity, Word.Critique["colorScheme"]> = { error: "Red", warning: "Berry", info: "Blue" };

type Batch = <T>(work: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** What marking needs from the host. */
export interface MarkEnvironment {
  batch: Batch;
  supported(): HostCapabilities;
  features(): ReadFeatures;
  /** The last read's paragraph maps: they say what to search for. */
  maps(): TextMap[];
  /**
   * Desktop Word (Windows, Mac) can accept critiques, return their ids and never show them (office-js #6595,
   * #5225, #4317), so there the marks are comments, which the officer can see and which are saved.
   */
  preferComments: boolean;
}

interface LocatedFinding {
  finding: Finding;
  location: Location;
}

/** The accepted-text span to mark: the finding's text, or the whole paragraph for a zero-length location. */
function markSpan(map: TextMap | undefined, location: Location): { start: number; length: number } | undefined {
  if (!map) return undefined;
  if (location.length === 0) return map.text.length > 0 ? { start: 0, length: map.text.length } : undefined;
  return stillReads(map, location) ? { start: location.start, length: location.length } : undefined;
}

/** One earlier mark to remove: queued in a batch, and told when the sync that removes it succeeded. */
interface Removal {
  queue(context: Word.RequestContext): void;
  done(): void;
}

/** Word says the mark is not there any more: it needs no removing. */
function alreadyGone(error: unknown): boolean {
  return errorCode(error) === "ItemNotFound";
}

/**
 * Marks findings in the document: critique underlines (WordApi 1.7, which also needs a Microsoft 365
 * subscription, so the first failure switches them off; on the web only, see `preferComments`), else comments
 * (WordApi 1.4), else nothing. A finding whose text changed since the check is not marked. Critiques are not saved
 * with the document (office-js #5304), so their ids are kept here, each until the sync that removes it succeeds.
 * Removing one mark never depends on removing another: Word can refuse to delete a comment (#6551, #6895).
 */
export class FindingMarks {
  private annotationIds: string[] = [];
  private annotationsRefused = false;

  constructor(private readonly env: MarkEnvironment) {}

  /** False where underlines are not used: desktop Word, or once Word has refused one, whatever the requirement sets say. */
  get annotationsWork(): boolean {
    return !this.annotationsRefused && !this.env.preferComments;
  }

  async mark(findings: Finding[]): Promise<MarkResult> {
    const located = findings.flatMap((finding) => (finding.location ? [{ finding, location: finding.location }] : []));
    const supported = this.env.supported();
    const notes: string[] = [];
    if (supported.annotations && this.annotationsWork) {
      try {
        return withLeftovers({ method: "annotations", count: 0 }, await this.markWithAnnotations(located));
      } catch {
        this.annotationsRefused = true;
        notes.push("Word refused critique underlines (they need a Microsoft 365 subscription), so comments are used instead.");
      }
    }
    if (supported.comments) {
      try {
        const outcome = await this.markWithComments(located);
        return withLeftovers(notes.length ? { method: "comments", count: 0, note: notes.join(" ") } : { method: "comments", count: 0 }, outcome);
      } catch (error) {
        notes.push(`Word did not accept comments (${errorMessage(error)}).`);
      }
    } else {
      notes.push("This version of Word cannot add comments (that needs Word 2024 or Microsoft 365).");
    }
    notes.push("The findings are listed in the pane only.");
    const cleared = await this.clear();
    return withLeftovers({ method: "none", count: 0, note: notes.join(" ") }, { count: 0, notRemoved: cleared.notRemoved });
  }

  private markWithAnnotations(located: LocatedFinding[]): Promise<MarkOutcome> {
    return this.env.batch(async (context) => {
      const read = queueSnapshot(context, this.env.features());
      const comments = this.queueOurComments(context);
      await context.sync();
      const { maps } = read.read();
      const critiques = new Map<number, Word.Critique[]>();
      for (const { finding, location } of located) {
        const map = maps[location.block];
        const span = markSpan(map, location);
        if (!map || !span) continue;
        const critique = { ...critiqueSpan(map, span.start, span.length), colorScheme: CRITIQUE_COLOURS[finding.severity] };
        critiques.set(location.block, [...(critiques.get(location.block) ?? []), critique]);
      }
      const insert = () => [...critiques].map(([block, list]) => (read.paragraphs.items[block] as Word.Paragraph).insertAnnotations({ critiques: list }));
      const { inserted, notRemoved } = await this.replaceMarks(context, this.removals(comments), insert);
      for (const ids of inserted) this.annotationIds.push(...ids.value);
      return { count: inserted.reduce((count, ids) => count + ids.value.length, 0), notRemoved };
    });
  }

  /** Read, our old comments and every search in one batch; removals and new comments in the next. */
  private markWithComments(located: LocatedFinding[]): Promise<MarkOutcome> {
    return this.env.batch(async (context) => {
      const read = queueSnapshot(context, this.env.features());
      const comments = this.queueOurComments(context);
      const search = new BodySearch(context.document.body);
      const expected = this.env.maps();
      for (const { location } of located) if (location.length > 0) search.want(expected[location.block], location, location);
      await context.sync();
      const { maps } = read.read();
      const targets = located.flatMap(({ finding, location }) => {
        const paragraph = read.paragraphs.items[location.block];
        if (!paragraph || !markSpan(maps[location.block], location)) return [];
        // A span Word's search does not pin down is marked on its whole paragraph.
        const range = (location.length > 0 ? search.pick(maps, location) : undefined) ?? paragraph.getRange("Whole");
        return [{ finding, range }];
      });
      const insert = () => targets.map(({ finding, range }) => range.insertComment(COMMENT_PREFIX + finding.message));
      const { inserted, notRemoved } = await this.replaceMarks(context, this.removals(comments), insert);
      return { count: inserted.length, notRemoved };
    });
  }

  /** Our comments, loaded in the caller's next sync (undefined where Word has no comments). */
  private queueOurComments(context: Word.RequestContext): Word.CommentCollection | undefined {
    return this.env.supported().comments ? context.document.body.getComments().load("items/content") : undefined;
  }

  /** Every earlier mark of ours: critiques by id, and the comments that start with our prefix. */
  private removals(comments: Word.CommentCollection | undefined): Removal[] {
    const critiques = this.annotationIds.map<Removal>((id) => ({
      queue: (context) => context.document.getAnnotationById(id).delete(),
      done: () => {
        this.annotationIds = this.annotationIds.filter((kept) => kept !== id);
      },
    }));
    const ours = (comments?.items ?? [])
      .filter((comment) => comment.content.startsWith(COMMENT_PREFIX))
      .map<Removal>((comment) => ({ queue: () => comment.delete(), done: () => undefined }));
    return [...critiques, ...ours];
  }

  /**
   * Removes the earlier marks and adds the new ones in one sync. If Word refuses anything, each removal is tried
   * on its own (one refusal never stops the rest) and the new marks are added in one more sync; if Word refuses
   * those too, the error goes to the caller.
   */
  private async replaceMarks<T>(context: Word.RequestContext, removals: Removal[], insert: () => T[]): Promise<{ inserted: T[]; notRemoved: number }> {
    for (const removal of removals) removal.queue(context);
    let inserted = insert();
    try {
      await context.sync();
      removals.forEach((removal) => removal.done());
      return { inserted, notRemoved: 0 };
    } catch {
      const { notRemoved } = await removeEachAlone(context, removals);
      inserted = insert();
      if (inserted.length > 0) await context.sync();
      return { inserted, notRemoved };
    }
  }

  /** Removes our comments and critiques; says how many went and how many Word would not remove. */
  clear(): Promise<ClearResult> {
    const withComments = this.env.supported().comments;
    if (!withComments && this.annotationIds.length === 0) return Promise.resolve({ removed: 0, notRemoved: 0 });
    return this.env.batch(async (context) => {
      const comments = this.queueOurComments(context);
      if (comments) await context.sync();
      const removals = this.removals(comments);
      if (removals.length === 0) return { removed: 0, notRemoved: 0 };
      for (const removal of removals) removal.queue(context);
      try {
        await context.sync();
      } catch {
        return removeEachAlone(context, removals);
      }
      removals.forEach((removal) => removal.done());
      return { removed: removals.length, notRemoved: 0 };
    });
  }
}

interface MarkOutcome {
  count: number;
  notRemoved: number;
}

/** One sync per removal, so a mark Word refuses to delete leaves the others to go. */
async function removeEachAlone(context: Word.RequestContext, removals: Removal[]): Promise<ClearResult> {
  let notRemoved = 0;
  for (const removal of removals) {
    removal.queue(context);
    try {
      await context.sync();
      removal.done();
    } catch (error) {
      if (alreadyGone(error)) removal.done();
      else notRemoved++;
    }
  }
  return { removed: removals.length - notRemoved, notRemoved };
}

function withLeftovers(result: MarkResult, outcome: MarkOutcome): MarkResult {
  const marked: MarkResult = { ...result, count: outcome.count };
  if (outcome.notRemoved === 0) return marked;
  const leftover = `Word would not remove ${outcome.notRemoved === 1 ? "1 earlier mark" : `${outcome.notRemoved} earlier marks`}; remove ${outcome.notRemoved === 1 ? "it" : "them"} by hand or try Clear marks again.`;
  return { ...marked, notRemoved: outcome.notRemoved, note: marked.note ? `${marked.note} ${leftover}` : leftover };
}
