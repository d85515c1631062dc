import type { HostCapabilities, MarkResult } from "../core/document-host";
import type { Finding, Location, Severity } from "../core/report";
import { errorMessage } from "./office-errors";
import { queueLocationRange, type PendingRange } from "./text-range";
import { stillMatches } from "./text-search";

/** Every comment this add-in writes starts with this, so "Clear marks" removes ours and nobody else's. */
export const COMMENT_PREFIX = "ROD Author: ";

const CRITIQUE_COLOURS: Record<Severity, Word.Critique["colorScheme"]> = { error: "Red", warning: "Berry", info: "Blue" };

export type Batch = <T>(work: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

interface LocatedFinding {
  finding: Finding;
  location: Location;
}

/** The span to mark in a paragraph: the finding's text, or the whole paragraph for a zero-length location. */
function markSpan(paragraphText: string, location: Location): { start: number; length: number } | undefined {
  if (location.length === 0) return paragraphText.length > 0 ? { start: 0, length: paragraphText.length } : undefined;
  return stillMatches(paragraphText, location) ? { start: location.start, length: location.length } : undefined;
}

/**
 * Marks findings in the document: critique underlines (WordApi 1.7, which also needs a Microsoft 365
 * subscription, so the first failure switches them off), else comments (WordApi 1.4), else nothing. A finding
 * whose text changed since the check is not marked. Annotations are not saved with the document, so their ids
 * are kept here for "Clear marks".
 */
export class FindingMarks {
  private annotations: { id: string; paragraphId: string }[] = [];
  private annotationsRefused = false;

  constructor(
    private readonly batch: Batch,
    private readonly supported: () => HostCapabilities,
  ) {}

  /** False once Word has refused a critique, whatever the requirement sets say. */
  get annotationsWork(): boolean {
    return !this.annotationsRefused;
  }

  async mark(findings: Finding[]): Promise<MarkResult> {
    await this.clear();
    const located = findings.flatMap((finding) => (finding.location ? [{ finding, location: finding.location }] : []));
    const notes: string[] = [];
    if (this.supported().annotations && !this.annotationsRefused) {
      try {
        return { method: "annotations", count: await this.markWithAnnotations(located) };
      } catch {
        this.annotationsRefused = true;
        notes.push("Word refused critique underlines (they need a Microsoft 365 subscription), so comments are used instead.");
      }
    }
    if (this.supported().comments) {
      try {
        const count = await this.markWithComments(located);
        return notes.length ? { method: "comments", count, note: notes.join(" ") } : { method: "comments", count };
      } catch (error) {
        notes.push(`Word did not accept comments (${errorMessage(error)}).`);
      }
    } else {
      notes.push("This version of Word cannot add comments (that needs Word 2024 or Microsoft 365).");
    }
    notes.push("The findings are listed in the pane only.");
    return { method: "none", count: 0, note: notes.join(" ") };
  }

  private markWithAnnotations(located: LocatedFinding[]): Promise<number> {
    return this.batch(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text,items/uniqueLocalId");
      await context.sync();
      const critiques = new Map<number, Word.Critique[]>();
      for (const { finding, location } of located) {
        const paragraph = paragraphs.items[location.block];
        const span = paragraph && markSpan(paragraph.text, location);
        if (!span) continue;
        critiques.set(location.block, [...(critiques.get(location.block) ?? []), { ...span, colorScheme: CRITIQUE_COLOURS[finding.severity] }]);
      }
      const inserted = [...critiques].map(([block, list]) => {
        const paragraph = paragraphs.items[block] as Word.Paragraph;
        return { paragraphId: paragraph.uniqueLocalId, ids: paragraph.insertAnnotations({ critiques: list }) };
      });
      if (inserted.length === 0) return 0;
      await context.sync();
      for (const { paragraphId, ids } of inserted) for (const id of ids.value) this.annotations.push({ id, paragraphId });
      return inserted.reduce((count, { ids }) => count + ids.value.length, 0);
    });
  }

  private markWithComments(located: LocatedFinding[]): Promise<number> {
    return this.batch(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const targets: { finding: Finding; paragraph: Word.Paragraph; pending: PendingRange | undefined }[] = [];
      for (const { finding, location } of located) {
        const paragraph = paragraphs.items[location.block];
        if (!paragraph || !markSpan(paragraph.text, location)) continue;
        const pending = location.length > 0 ? queueLocationRange(paragraph, paragraph.text, location) : undefined;
        targets.push({ finding, paragraph, pending });
      }
      if (targets.length === 0) return 0;
      if (targets.some((target) => target.pending)) await context.sync();
      for (const { finding, paragraph, pending } of targets) {
        const range = pending?.pick() ?? paragraph.getRange("Whole");
        range.insertComment(COMMENT_PREFIX + finding.message);
      }
      await context.sync();
      return targets.length;
    });
  }

  /** Removes our comments and critiques in one batch; returns how many went. */
  clear(): Promise<number> {
    const ourAnnotations = this.annotations;
    const withComments = this.supported().comments;
    if (!withComments && ourAnnotations.length === 0) return Promise.resolve(0);
    return this.batch(async (context) => {
      const comments = withComments ? context.document.body.getComments().load("items/content") : undefined;
      const paragraphs = ourAnnotations.length > 0 ? context.document.body.paragraphs.load("items/uniqueLocalId") : undefined;
      await context.sync();
      let removed = 0;
      for (const comment of comments?.items ?? []) {
        if (!comment.content.startsWith(COMMENT_PREFIX)) continue;
        comment.delete();
        removed++;
      }
      const annotatedParagraphs = new Set(ourAnnotations.map((annotation) => annotation.paragraphId));
      const ours = new Set(ourAnnotations.map((annotation) => annotation.id));
      const collections = (paragraphs?.items ?? [])
        .filter((paragraph) => annotatedParagraphs.has(paragraph.uniqueLocalId))
        .map((paragraph) => paragraph.getAnnotations().load("items/id"));
      this.annotations = [];
      if (removed === 0 && collections.length === 0) return 0;
      await context.sync();
      let annotationsRemoved = 0;
      for (const collection of collections) {
        for (const annotation of collection.items) {
          if (!ours.has(annotation.id)) continue;
          annotation.delete();
          annotationsRemoved++;
        }
      }
      if (annotationsRemoved > 0) await context.sync();
      return removed + annotationsRemoved;
    });
  }
}
