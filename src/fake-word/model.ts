import { ErrorCodes, FakeOfficeError, notModelled } from "./errors";
import { offsetSkippingDeletions, textOf } from "./paragraph-text";
import { displayNameOf, outlineLevelOf } from "./styles";

/** The simulated document's state. Proxies read and change it only while a `context.sync()` executes. */

export interface ControlModel {
  readonly id: number;
  tag: string;
  title: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  placeholderText: string;
  color: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
}

export interface ParagraphModel {
  /** uniqueLocalId (WordApi 1.6): a GUID, stable for the session. */
  readonly id: string;
  text: string;
  styleBuiltIn: string;
  /** Display name; may be localised ("Überschrift 1") while styleBuiltIn stays "Heading1". */
  style: string;
  /** 1..9 for headings, 10 for body text, as Word reports it. */
  outlineLevel: number;
  isListItem: boolean;
  tableNestingLevel: number;
  /** true / false, or null when the paragraph mixes bold and regular text. */
  bold: boolean | null;
  /** Content controls this paragraph sits in, outermost first. A control spans whole paragraphs. */
  controls: ControlModel[];
  /** Set when the paragraph was inserted, or deleted, while Track Changes was on. */
  revision?: "inserted" | "deleted";
  /** The tracked change that inserted or deleted the whole paragraph. */
  paragraphRevision?: RevisionModel;
  /** One entry per character of `text`, or undefined when every character is plain text. */
  marks?: (CharMark | undefined)[];
}

export interface Position {
  paragraph: ParagraphModel;
  offset: number;
}

export interface RangeModel {
  start: Position;
  end: Position;
}

/** A tracked change: one edit by one author. Its characters carry it in their marks. */
export interface RevisionModel {
  readonly id: string;
  readonly type: "Added" | "Deleted";
  readonly author: string;
  readonly date: Date;
}

/** What a character is besides text: part of a tracked change, or a comment's anchor (Word's `\x05`). */
export interface CharMark {
  revision?: RevisionModel;
  comment?: CommentModel;
}

/** Word puts this character into the text right after a commented span (office-js #2114, #2258). */
export const COMMENT_ANCHOR = "\u0005";

export interface CommentModel {
  readonly id: string;
  content: string;
  authorName: string;
  resolved: boolean;
  /** Where the commented span begins; it ends at the anchor. */
  start: Position;
  /** The position of the comment's `\x05` anchor character. */
  anchor: Position;
  /** delete() fails for this comment, as for some comments in Word (office-js #6551, #6895). */
  refusesDeletion: boolean;
}

export interface AnnotationModel {
  readonly id: string;
  paragraph: ParagraphModel;
  /** Offsets into the paragraph's characters (deleted text and anchors included). */
  start: number;
  length: number;
  colorScheme: string;
  state: "Created" | "Accepted" | "Rejected";
  /** false when Word accepted the critique but shows nothing (office-js #6595, #5225, #4317). */
  visible: boolean;
}

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
export type EventSource = "Local" | "Remote";
export type ParagraphEventKind = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface ParagraphEvent {
  type: ParagraphEventKind;
  source: EventSource;
  uniqueLocalIds: string[];
}

export interface CommentInit {
  /** Offsets into the paragraph's `text` as given (before anchors are added). */
  start: number;
  length: number;
  content: string;
  authorName?: string;
  refusesDeletion?: boolean;
}

export interface RevisionInit {
  /** Offsets into the paragraph's `text`, which holds deleted text too. */
  start: number;
  length: number;
  type: "Added" | "Deleted";
  author?: string;
}

export interface ParagraphInit {
  text: string;
  comments?: CommentInit[];
  revisions?: RevisionInit[];
  styleBuiltIn?: string;
  /** Display name, when it should differ from the built-in's English name (a localised Word). */
  style?: string;
  outlineLevel?: number;
  isListItem?: boolean;
  tableNestingLevel?: number;
  bold?: boolean | null;
}

export interface ControlInit {
  control: Partial<Omit<ControlModel, "id">>;
  paragraphs: (ParagraphInit | ControlInit)[];
}

export type ContentInit = ParagraphInit | ControlInit;

function isControlInit(init: ContentInit): init is ControlInit {
  return "control" in init;
}

/** Where a position moves when text is inserted exactly at it: a span's start moves right, its end stays. */
type Gravity = "left" | "right";

function shiftOffset(offset: number, at: number, removed: number, inserted: number, gravity: Gravity): number {
  if (offset < at) return offset;
  if (offset > at + removed) return offset - removed + inserted;
  if (removed === 0 && offset === at) return gravity === "right" ? offset + inserted : offset;
  return gravity === "right" ? at + inserted : at;
}

export class DocumentModel {
  paragraphs: ParagraphModel[] = [];
  comments: CommentModel[] = [];
  annotations: AnnotationModel[] = [];
  selection: RangeModel;
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** Tracked deletions show inline, so `text` keeps them (Word's default; office-js #2314). */
  revisionsInline = true;
  /** Critiques are accepted but not shown. */
  critiquesInvisible = false;
  private nextParagraph = 1;
  private nextControl = 1;
  private nextComment = 1;
  private nextAnnotation = 1;
  private nextRevision = 1;
  private indexCache: Map<ParagraphModel, number> | undefined;
  private journal = { added: new Set<ParagraphModel>(), changed: new Set<ParagraphModel>(), deleted: new Set<string>() };
  private readonly eventSinks = new Set<(event: ParagraphEvent) => void>();
  private readonly listeners = new Set<() => void>();
  private dirty = false;

  constructor(content: ContentInit[]) {
    this.replaceContent(content);
    this.selection = this.collapsedAtStart();
    // The starting content is the document as opened: it raises no events.
    this.journal = { added: new Set(), changed: new Set(), deleted: new Set() };
    this.dirty = false;
  }

  // ---- content -------------------------------------------------------------------------------------------

  replaceContent(content: ContentInit[]): void {
    for (const paragraph of this.paragraphs) this.journal.deleted.add(paragraph.id);
    this.paragraphs = [];
    this.comments = [];
    this.annotations = [];
    this.indexCache = undefined;
    const pending: { paragraph: ParagraphModel; init: ParagraphInit }[] = [];
    const build = (items: ContentInit[], controls: ControlModel[]): void => {
      for (const item of items) {
        if (isControlInit(item)) build(item.paragraphs, [...controls, this.newControl(item.control)]);
        else {
          const paragraph = this.newParagraph(item, controls);
          this.paragraphs.push(paragraph);
          pending.push({ paragraph, init: item });
        }
      }
    };
    build(content, []);
    // Word never has a body without a paragraph: an empty document holds one empty paragraph.
    if (this.paragraphs.length === 0) this.paragraphs.push(this.newParagraph({ text: "" }, []));
    this.indexCache = undefined;
    this.selection = this.collapsedAtStart();
    for (const { paragraph, init } of pending) this.applyInitMarks(paragraph, init);
    for (const paragraph of this.paragraphs) this.journal.added.add(paragraph);
    this.dirty = true;
  }

  private applyInitMarks(paragraph: ParagraphModel, init: ParagraphInit): void {
    for (const revision of init.revisions ?? []) {
      if (revision.start < 0 || revision.start + revision.length > paragraph.text.length) {
        throw new RangeError(`A revision in "${paragraph.text}" lies outside the paragraph.`);
      }
      const model = this.newRevision(revision.type, revision.author ?? "Reviewer");
      for (let i = revision.start; i < revision.start + revision.length; i++) this.setMark(paragraph, i, { revision: model });
    }
    // Later comments first, so the offsets given stay valid while anchors go in.
    const comments = [...(init.comments ?? [])].sort((a, b) => b.start + b.length - (a.start + a.length));
    for (const comment of comments) {
      const end = comment.start + comment.length;
      if (comment.start < 0 || end > paragraph.text.length) throw new RangeError(`A comment in "${paragraph.text}" lies outside the paragraph.`);
      this.addComment(
        { start: { paragraph, offset: comment.start }, end: { paragraph, offset: end } },
        comment.content,
        comment.authorName ?? "Reviewer",
        comment.refusesDeletion ?? false,
      );
    }
    this.comments.sort((a, b) => this.compare(a.anchor, b.anchor));
  }

  private newParagraph(init: ParagraphInit, controls: ControlModel[]): ParagraphModel {
    const styleBuiltIn = init.styleBuiltIn ?? "Normal";
    const serial = (this.nextParagraph++).toString(16).padStart(12, "0");
    if (/[\r\n]/.test(init.text)) throw notModelled("paragraph marks inside a paragraph's text");
    return {
      id: `00000000-0000-4000-8000-${serial}`,
      text: init.text,
      styleBuiltIn,
      style: init.style ?? displayNameOf(styleBuiltIn),
      outlineLevel: init.outlineLevel ?? outlineLevelOf(styleBuiltIn),
      isListItem: init.isListItem ?? false,
      tableNestingLevel: init.tableNestingLevel ?? 0,
      bold: init.bold ?? false,
      controls: [...controls],
    };
  }

  newControl(props: Partial<Omit<ControlModel, "id">>): ControlModel {
    return {
      id: this.nextControl++,
      tag: props.tag ?? "",
      title: props.title ?? "",
      appearance: props.appearance ?? "BoundingBox",
      placeholderText: props.placeholderText ?? "",
      color: props.color ?? "",
      cannotDelete: props.cannotDelete ?? false,
      cannotEdit: props.cannotEdit ?? false,
    };
  }

  newRevision(type: RevisionModel["type"], author: string): RevisionModel {
    return { id: `revision-${this.nextRevision++}`, type, author, date: new Date() };
  }

  indexOf(paragraph: ParagraphModel): number {
    if (!this.indexCache) this.indexCache = new Map(this.paragraphs.map((p, i) => [p, i]));
    return this.indexCache.get(paragraph) ?? -1;
  }

  isAlive(paragraph: ParagraphModel): boolean {
    return this.indexOf(paragraph) >= 0;
  }

  assertAlive(paragraph: ParagraphModel): void {
    if (!this.isAlive(paragraph)) {
      throw new FakeOfficeError(ErrorCodes.invalidObjectPath, "The object path is not valid: the paragraph was deleted.");
    }
  }

  get tracking(): boolean {
    return this.changeTrackingMode !== "Off";
  }

  // ---- locked content controls ---------------------------------------------------------------------------

  /** Word refuses to change what a control with "Contents cannot be edited" holds. */
  assertCanEdit(paragraph: ParagraphModel): void {
    const locked = paragraph.controls.find((control) => control.cannotEdit);
    if (locked) {
      throw new FakeOfficeError(
        ErrorCodes.accessDenied,
        `The content control${locked.tag ? ` "${locked.tag}"` : ""} is locked: its contents cannot be edited.`,
      );
    }
  }

  /** Word refuses to remove a control with "Content control cannot be deleted": here, its last paragraph going. */
  private assertCanRemove(paragraph: ParagraphModel, leaving: ReadonlySet<ParagraphModel>): void {
    this.assertCanEdit(paragraph);
    for (const control of paragraph.controls) {
      if (!control.cannotDelete) continue;
      if (this.controlParagraphs(control).every((member) => leaving.has(member))) {
        throw new FakeOfficeError(
          ErrorCodes.accessDenied,
          `The content control${control.tag ? ` "${control.tag}"` : ""} is locked: it cannot be deleted.`,
        );
      }
    }
  }

  // ---- characters ----------------------------------------------------------------------------------------

  markAt(paragraph: ParagraphModel, index: number): CharMark | undefined {
    return paragraph.marks?.[index];
  }

  private setMark(paragraph: ParagraphModel, index: number, mark: CharMark | undefined): void {
    if (!mark && !paragraph.marks) return;
    paragraph.marks ??= new Array<CharMark | undefined>(paragraph.text.length).fill(undefined);
    paragraph.marks[index] = mark && (mark.revision || mark.comment) ? mark : undefined;
    if (paragraph.marks.every((entry) => entry === undefined)) paragraph.marks = undefined;
  }

  /**
   * The one way text changes: removes `removed` characters at `at` and inserts `text` there, every inserted
   * character carrying `mark`. Comments whose anchor goes are deleted with it (office-js #2574); critiques over
   * removed text go; every other position moves with the text.
   */
  splice(paragraph: ParagraphModel, at: number, removed: number, text: string, mark?: CharMark): void {
    this.assertAlive(paragraph);
    if (/[\r\n]/.test(text)) throw notModelled("paragraph marks inside inserted text");
    if (removed === 0 && text === "") return;
    const gone = new Set<CommentModel>();
    for (let i = at; i < at + removed; i++) {
      const comment = paragraph.marks?.[i]?.comment;
      if (comment) gone.add(comment);
    }
    paragraph.text = paragraph.text.slice(0, at) + text + paragraph.text.slice(at + removed);
    if (paragraph.marks || mark) {
      const marks = paragraph.marks ?? new Array<CharMark | undefined>(paragraph.text.length - text.length + removed).fill(undefined);
      marks.splice(at, removed, ...Array.from({ length: text.length }, () => (mark ? { ...mark } : undefined)));
      paragraph.marks = marks.every((entry) => entry === undefined) ? undefined : marks;
    }
    if (gone.size > 0) this.comments = this.comments.filter((comment) => !gone.has(comment));
    const move = (position: Position, gravity: Gravity): void => {
      if (position.paragraph === paragraph) position.offset = shiftOffset(position.offset, at, removed, text.length, gravity);
    };
    for (const comment of this.comments) {
      move(comment.start, "right");
      move(comment.anchor, "right");
    }
    this.annotations = this.annotations.filter((annotation) => {
      if (annotation.paragraph !== paragraph) return true;
      const end = annotation.start + annotation.length;
      if (removed > 0 && at < end && at + removed > annotation.start) {
        annotation.state = "Rejected";
        return false;
      }
      annotation.start = shiftOffset(annotation.start, at, removed, text.length, "right");
      annotation.length = shiftOffset(end, at, removed, text.length, "left") - annotation.start;
      return true;
    });
    this.selection = { start: { ...this.selection.start }, end: { ...this.selection.end } };
    move(this.selection.start, "left");
    move(this.selection.end, "left");
    this.markChanged(paragraph);
  }

  /**
   * Inserts a paragraph next to `anchor`. Like Office.js, the new paragraph copies the anchor's formatting
   * (style, list, table) unless the caller sets it, so code that forgets to set a style gets a wrong one.
   * With Track Changes on, the paragraph and its text are a tracked insertion.
   */
  insertParagraph(text: string, anchor: ParagraphModel, where: "Before" | "After", controls: ControlModel[], author?: string): ParagraphModel {
    this.assertAlive(anchor);
    const locked = controls.find((control) => control.cannotEdit);
    if (locked) this.assertCanEdit({ ...anchor, controls: [locked] });
    const paragraph = this.newParagraph(
      {
        text,
        styleBuiltIn: anchor.styleBuiltIn,
        style: anchor.style,
        outlineLevel: anchor.outlineLevel,
        isListItem: anchor.isListItem,
        tableNestingLevel: anchor.tableNestingLevel,
        bold: anchor.bold,
      },
      controls,
    );
    if (this.tracking || author !== undefined) {
      const revision = this.newRevision("Added", author ?? "Council Officer");
      paragraph.revision = "inserted";
      paragraph.paragraphRevision = revision;
      if (text.length > 0) paragraph.marks = Array.from({ length: text.length }, () => ({ revision }));
    }
    const index = this.indexOf(anchor) + (where === "After" ? 1 : 0);
    this.paragraphs.splice(index, 0, paragraph);
    this.indexCache = undefined;
    this.journal.added.add(paragraph);
    this.dirty = true;
    return paragraph;
  }

  /** Paragraph.delete(): with Track Changes on, the paragraph stays as a tracked deletion. */
  deleteParagraph(paragraph: ParagraphModel, author: string): void {
    this.assertAlive(paragraph);
    if (!this.tracking) {
      this.removeParagraph(paragraph);
      return;
    }
    this.assertCanRemove(paragraph, new Set([paragraph]));
    if (paragraph.revision === "inserted") {
      this.removeParagraph(paragraph, true);
      return;
    }
    const revision = this.deleteTracked(paragraph, 0, paragraph.text.length, author);
    paragraph.revision = "deleted";
    paragraph.paragraphRevision = revision;
    this.markChanged(paragraph);
  }

  /** Removes a paragraph outright (untracked, or accepting its tracked deletion). */
  removeParagraph(paragraph: ParagraphModel, internal = false): void {
    this.assertAlive(paragraph);
    if (!internal) this.assertCanRemove(paragraph, new Set([paragraph]));
    if (this.paragraphs.length === 1) {
      this.splice(paragraph, 0, paragraph.text.length, "");
      paragraph.revision = undefined;
      paragraph.paragraphRevision = undefined;
      return;
    }
    const anchored = new Set(paragraph.marks?.map((mark) => mark?.comment).filter((comment) => comment !== undefined));
    this.comments = this.comments.filter((comment) => !anchored.has(comment));
    const index = this.indexOf(paragraph);
    this.paragraphs.splice(index, 1);
    this.indexCache = undefined;
    this.journal.added.delete(paragraph);
    this.journal.changed.delete(paragraph);
    this.journal.deleted.add(paragraph.id);
    this.annotations = this.annotations.filter((annotation) => annotation.paragraph !== paragraph);
    const next = this.paragraphs[Math.min(index, this.paragraphs.length - 1)] as ParagraphModel;
    const survivor = (position: Position): Position =>
      position.paragraph === paragraph ? { paragraph: next, offset: index < this.paragraphs.length ? 0 : next.text.length } : position;
    for (const comment of this.comments) comment.start = survivor(comment.start);
    this.selection = { start: survivor(this.selection.start), end: survivor(this.selection.end) };
    this.dirty = true;
  }

  /** The user's or a co-author's edit of a whole paragraph's text (never tracked: it stands for typing it anew). */
  setText(paragraph: ParagraphModel, text: string): void {
    this.assertAlive(paragraph);
    this.assertCanEdit(paragraph);
    if (paragraph.text === text) return;
    this.splice(paragraph, 0, paragraph.text.length, text);
  }

  markChanged(paragraph: ParagraphModel): void {
    if (!this.journal.added.has(paragraph)) this.journal.changed.add(paragraph);
    this.dirty = true;
  }

  /**
   * Replaces the text a range covers, as typing over it would. With Track Changes on (or an `author` given) the
   * old text stays as a tracked deletion and the new text follows it as a tracked insertion. Untracked, a range
   * over several paragraphs merges them.
   */
  replaceRange(range: RangeModel, text: string, author?: string): RangeModel {
    const { start, end } = this.ordered(range);
    const covered = this.paragraphsIn({ start, end });
    for (const paragraph of covered) this.assertCanEdit(paragraph);
    if (this.tracking || author !== undefined) {
      if (start.paragraph !== end.paragraph) throw notModelled("tracked edits across paragraphs");
      return this.replaceTracked(start.paragraph, start.offset, end.offset, text, author ?? "Council Officer");
    }
    if (start.paragraph === end.paragraph) {
      this.splice(start.paragraph, start.offset, end.offset - start.offset, text);
      return { start: { paragraph: start.paragraph, offset: start.offset }, end: { paragraph: start.paragraph, offset: start.offset + text.length } };
    }
    const later = covered.slice(1);
    this.assertCanRemove(later[later.length - 1] as ParagraphModel, new Set(later));
    for (const paragraph of later) this.assertCanRemove(paragraph, new Set(later));
    // The end paragraph's tail joins the start paragraph, marks (anchors, revisions) and all.
    const tail = end.paragraph.text.slice(end.offset);
    const tailMarks = end.paragraph.marks?.slice(end.offset);
    const tailComments = this.comments.filter((comment) => comment.anchor.paragraph === end.paragraph && comment.anchor.offset >= end.offset);
    this.splice(end.paragraph, end.offset, tail.length, "");
    for (const paragraph of later) this.removeParagraph(paragraph, true);
    this.splice(start.paragraph, start.offset, start.paragraph.text.length - start.offset, text + tail);
    const joinAt = start.offset + text.length;
    if (tailMarks) for (let i = 0; i < tail.length; i++) this.setMark(start.paragraph, joinAt + i, tailMarks[i]);
    for (const comment of tailComments) {
      comment.anchor = { paragraph: start.paragraph, offset: joinAt + comment.anchor.offset - end.offset };
      this.comments.push(comment);
    }
    this.comments.sort((a, b) => this.compare(a.anchor, b.anchor));
    return { start: { paragraph: start.paragraph, offset: start.offset }, end: { paragraph: start.paragraph, offset: joinAt } };
  }

  // ---- tracked changes -----------------------------------------------------------------------------------

  /**
   * Marks [from, to) deleted, as Word does with Track Changes on: plain text becomes a tracked deletion, text
   * that was itself a tracked insertion simply goes, text already deleted and comment anchors stay as they are.
   */
  deleteTracked(paragraph: ParagraphModel, from: number, to: number, author: string): RevisionModel {
    const revision = this.newRevision("Deleted", author);
    for (let i = to - 1; i >= from; i--) {
      const mark = paragraph.marks?.[i];
      if (mark?.comment || mark?.revision?.type === "Deleted") continue;
      if (mark?.revision?.type === "Added") this.splice(paragraph, i, 1, "");
      else this.setMark(paragraph, i, { revision });
    }
    this.markChanged(paragraph);
    return revision;
  }

  private replaceTracked(paragraph: ParagraphModel, from: number, to: number, text: string, author: string): RangeModel {
    const before = paragraph.text.length;
    if (to > from) this.deleteTracked(paragraph, from, to, author);
    const at = to - (before - paragraph.text.length);
    // Typing on at the end of one's own insertion extends it, as Word keeps one change per run of typing.
    const previous = paragraph.marks?.[at - 1]?.revision;
    const revision = previous?.type === "Added" && previous.author === author ? previous : this.newRevision("Added", author);
    if (text.length > 0) this.splice(paragraph, at, 0, text, { revision });
    else this.markChanged(paragraph);
    return { start: { paragraph, offset: at }, end: { paragraph, offset: at + text.length } };
  }

  /** Accepts (keeps the change) or rejects (undoes it) every character of one tracked change. */
  resolveRevision(revision: RevisionModel, accept: boolean): void {
    const keepText = (revision.type === "Added") === accept;
    for (const paragraph of [...this.paragraphs]) {
      if (paragraph.paragraphRevision === revision && !keepText) {
        this.removeParagraph(paragraph, true);
        continue;
      }
      if (paragraph.paragraphRevision === revision) {
        paragraph.revision = undefined;
        paragraph.paragraphRevision = undefined;
      }
      const marks = paragraph.marks;
      if (!marks) continue;
      for (let i = marks.length - 1; i >= 0; i--) {
        if (paragraph.marks?.[i]?.revision !== revision) continue;
        if (keepText) this.setMark(paragraph, i, undefined);
        else this.splice(paragraph, i, 1, "");
      }
      this.markChanged(paragraph);
    }
  }

  /** Every tracked change in document order (a change spans one paragraph; Word lists each run separately). */
  trackedChanges(within?: RangeModel): TrackedChangeModel[] {
    const scope = within ? this.ordered(within) : undefined;
    const paragraphs = scope ? this.paragraphsIn(scope) : this.paragraphs;
    const found: TrackedChangeModel[] = [];
    for (const paragraph of paragraphs) {
      const marks = paragraph.marks;
      const from = scope && paragraph === scope.start.paragraph ? scope.start.offset : 0;
      const to = scope && paragraph === scope.end.paragraph ? scope.end.offset : paragraph.text.length;
      if (!marks) {
        if (paragraph.paragraphRevision && paragraph.text.length === 0) {
          found.push({ revision: paragraph.paragraphRevision, paragraph, start: 0, end: 0 });
        }
        continue;
      }
      let open: TrackedChangeModel | undefined;
      for (let i = from; i < to; i++) {
        const revision = marks[i]?.revision;
        if (open && revision === open.revision) {
          open.end = i + 1;
          continue;
        }
        open = revision ? { revision, paragraph, start: i, end: i + 1 } : undefined;
        if (open) found.push(open);
      }
    }
    return found;
  }

  // ---- reading text --------------------------------------------------------------------------------------

  /** What Word reports as the text of [from, to) of one paragraph, or getReviewedText's view with `version`. */
  paragraphText(paragraph: ParagraphModel, from = 0, to = paragraph.text.length, version?: "Current" | "Original"): string {
    return textOf(paragraph, this.revisionsInline, from, to, version);
  }

  // ---- positions and ranges ------------------------------------------------------------------------------

  compare(a: Position, b: Position): number {
    return this.indexOf(a.paragraph) - this.indexOf(b.paragraph) || a.offset - b.offset;
  }

  ordered(range: RangeModel): RangeModel {
    this.assertAlive(range.start.paragraph);
    this.assertAlive(range.end.paragraph);
    return this.compare(range.start, range.end) <= 0 ? range : { start: range.end, end: range.start };
  }

  wholeParagraph(paragraph: ParagraphModel): RangeModel {
    return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraph.text.length } };
  }

  collapsedAtStart(): RangeModel {
    const first = this.paragraphs[0] as ParagraphModel;
    return { start: { paragraph: first, offset: 0 }, end: { paragraph: first, offset: 0 } };
  }

  paragraphsIn(range: RangeModel): ParagraphModel[] {
    const { start, end } = this.ordered(range);
    return this.paragraphs.slice(this.indexOf(start.paragraph), this.indexOf(end.paragraph) + 1);
  }

  textOf(range: RangeModel, version?: "Current" | "Original"): string {
    const { start, end } = this.ordered(range);
    return this.paragraphsIn(range)
      .filter((paragraph) => version !== "Current" || paragraph.revision !== "deleted" || paragraph === start.paragraph)
      .filter((paragraph) => version !== "Original" || paragraph.revision !== "inserted" || paragraph === start.paragraph)
      .map((paragraph) => {
        const from = paragraph === start.paragraph ? start.offset : 0;
        const to = paragraph === end.paragraph ? end.offset : paragraph.text.length;
        return this.paragraphText(paragraph, from, to, version);
      })
      .join("\r");
  }

  coversWholeParagraphs(range: RangeModel): boolean {
    const { start, end } = this.ordered(range);
    return start.offset === 0 && end.offset === end.paragraph.text.length;
  }

  // ---- content controls ----------------------------------------------------------------------------------

  /** Every control in document order, an outer control before the controls nested in it. */
  contentControls(): ControlModel[] {
    const seen = new Set<ControlModel>();
    for (const paragraph of this.paragraphs) for (const control of paragraph.controls) seen.add(control);
    return [...seen];
  }

  controlParagraphs(control: ControlModel): ParagraphModel[] {
    return this.paragraphs.filter((paragraph) => paragraph.controls.includes(control));
  }

  controlRange(control: ControlModel): RangeModel {
    const paragraphs = this.controlParagraphs(control);
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) throw new FakeOfficeError(ErrorCodes.itemNotFound, "The content control was deleted.");
    return { start: { paragraph: first, offset: 0 }, end: { paragraph: last, offset: last.text.length } };
  }

  /** Wraps whole paragraphs in a new rich-text control, nested correctly among the controls already there. */
  wrapInControl(range: RangeModel): ControlModel {
    if (!this.coversWholeParagraphs(range)) throw notModelled("content controls inside a paragraph (only whole paragraphs)");
    const covered = this.paragraphsIn(range);
    for (const paragraph of covered) this.assertCanEdit(paragraph);
    const coveredSet = new Set(covered);
    const control = this.newControl({});
    const sample = covered[0] as ParagraphModel;
    const outer = sample.controls.filter((existing) => this.controlParagraphs(existing).some((p) => !coveredSet.has(p)));
    for (const paragraph of covered) {
      const outerHere = paragraph.controls.filter((existing) => outer.includes(existing));
      if (outerHere.length !== outer.length) {
        throw new FakeOfficeError(ErrorCodes.invalidArgument, "The range overlaps a content control only in part.");
      }
      const inner = paragraph.controls.filter((existing) => !outer.includes(existing));
      paragraph.controls = [...outer, control, ...inner];
      this.markChanged(paragraph);
    }
    return control;
  }

  // ---- comments and annotations --------------------------------------------------------------------------

  /** Adds a comment on a range and puts its `\x05` anchor right after the range, as Word does. */
  addComment(range: RangeModel, content: string, authorName: string, refusesDeletion = false): CommentModel {
    const { start, end } = this.ordered(range);
    const comment: CommentModel = {
      id: `comment-${this.nextComment++}`,
      content,
      authorName,
      resolved: false,
      start: { ...start },
      anchor: { ...end },
      refusesDeletion,
    };
    // The comment joins the list after its anchor is in, so the insertion does not move its own positions.
    this.splice(end.paragraph, end.offset, 0, COMMENT_ANCHOR, { comment });
    this.comments.push(comment);
    this.comments.sort((a, b) => this.compare(a.anchor, b.anchor));
    this.dirty = true;
    return comment;
  }

  commentRange(comment: CommentModel): RangeModel {
    return { start: comment.start, end: comment.anchor };
  }

  /** Removes a comment and its anchor character. */
  deleteComment(comment: CommentModel): void {
    this.comments = this.comments.filter((existing) => existing !== comment);
    const { paragraph, offset } = comment.anchor;
    if (this.isAlive(paragraph) && paragraph.marks?.[offset]?.comment === comment) this.splice(paragraph, offset, 1, "");
    this.dirty = true;
  }

  /** A critique at offsets counted without tracked deletions (office-js #5672). */
  addAnnotation(paragraph: ParagraphModel, start: number, length: number, colorScheme: string): AnnotationModel {
    const currentLength = this.paragraphText(paragraph, 0, paragraph.text.length, "Current").length;
    if (start < 0 || length < 0 || start + length > currentLength) {
      throw new FakeOfficeError(ErrorCodes.invalidArgument, "The critique lies outside the paragraph.");
    }
    const rawStart = offsetSkippingDeletions(paragraph, start);
    const rawEnd = length === 0 ? rawStart : offsetSkippingDeletions(paragraph, start + length - 1) + 1;
    const annotation: AnnotationModel = {
      id: `annotation-${this.nextAnnotation++}`,
      paragraph,
      start: rawStart,
      length: rawEnd - rawStart,
      colorScheme,
      state: "Created",
      visible: !this.critiquesInvisible,
    };
    this.annotations.push(annotation);
    this.dirty = true;
    return annotation;
  }

  deleteAnnotation(annotation: AnnotationModel): void {
    this.annotations = this.annotations.filter((existing) => existing !== annotation);
    this.dirty = true;
  }

  select(range: RangeModel): void {
    this.selection = this.ordered(range);
    this.dirty = true;
  }

  setTrackingMode(mode: ChangeTrackingMode): void {
    this.changeTrackingMode = mode;
    this.dirty = true;
  }

  // ---- change notification -------------------------------------------------------------------------------

  /** Paragraph events reach every request context that registered a handler. */
  addEventSink(sink: (event: ParagraphEvent) => void): () => void {
    this.eventSinks.add(sink);
    return () => this.eventSinks.delete(sink);
  }

  get eventSinkCount(): number {
    return this.eventSinks.size;
  }

  /** Plain "something changed" callbacks, for a UI that re-renders. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Marks the document changed without a paragraph change (a comment's flag, a display option). */
  touch(): void {
    this.dirty = true;
  }

  /** Ends one batch of changes (a sync, or one user edit): fires paragraph events and notifies listeners. */
  commit(source: EventSource): void {
    const { added, changed, deleted } = this.journal;
    this.journal = { added: new Set(), changed: new Set(), deleted: new Set() };
    const events: ParagraphEvent[] = [];
    if (added.size > 0) events.push({ type: "ParagraphAdded", source, uniqueLocalIds: [...added].map((p) => p.id) });
    if (changed.size > 0) events.push({ type: "ParagraphChanged", source, uniqueLocalIds: [...changed].map((p) => p.id) });
    if (deleted.size > 0) events.push({ type: "ParagraphDeleted", source, uniqueLocalIds: [...deleted] });
    for (const event of events) for (const sink of this.eventSinks) sink(event);
    if (this.dirty || events.length > 0) {
      this.dirty = false;
      for (const listener of [...this.listeners]) listener();
    }
  }
}

/** One run of characters carrying the same tracked change, within one paragraph: what Word.TrackedChange is. */
export interface TrackedChangeModel {
  revision: RevisionModel;
  paragraph: ParagraphModel;
  start: number;
  end: number;
}
