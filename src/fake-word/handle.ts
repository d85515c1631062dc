import type { FakeEnvironment, SupportedSets } from "./environment";
import type { ChangeTrackingMode, ContentInit, ControlModel, DocumentModel, EventSource, ParagraphInit, ParagraphModel, Position, RevisionModel } from "./model";
import type { FakeTheme, OfficeHostOptions } from "./office";
import { displayNameOf, outlineLevelOf } from "./styles";

/**
 * Direct access to the simulated document, for tests and for the workbench's document view. Reading never
 * costs a sync; the edit methods act as the user would (they fire paragraph events with source "Local", or
 * "Remote" for a co-author) and notify subscribers so a view can re-render.
 */

export interface ControlView {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  placeholderText: string;
  /** Indices of its first and last paragraph. */
  first: number;
  last: number;
  cannotEdit: boolean;
  cannotDelete: boolean;
}

/** A stretch of a paragraph's characters of one kind, for drawing it: the segments join to the paragraph's text. */
export interface SegmentView {
  text: string;
  kind: "text" | "inserted" | "deleted" | "anchor";
  revisionId?: string;
  commentId?: string;
}

export interface RevisionView {
  id: string;
  type: "Added" | "Deleted";
  author: string;
  /** Index of the paragraph, and the raw offsets of the change in it. */
  paragraph: number;
  start: number;
  length: number;
  text: string;
}

export interface ParagraphView {
  index: number;
  id: string;
  text: string;
  styleBuiltIn: string;
  style: string;
  outlineLevel: number;
  isListItem: boolean;
  tableNestingLevel: number;
  bold: boolean | null;
  /** Tags of the controls around the paragraph, outermost first. */
  tags: string[];
  /** "inserted" / "deleted" when the whole paragraph was inserted or deleted while Track Changes was on. */
  revision?: "inserted" | "deleted";
  /** The text as if every tracked change were accepted (no deletions), comment anchors included. */
  reviewedText: string;
  segments: SegmentView[];
}

export interface PointView {
  paragraph: number;
  offset: number;
}

export interface CommentView {
  id: string;
  content: string;
  authorName: string;
  resolved: boolean;
  start: PointView;
  end: PointView;
  /** Where the comment's `\x05` anchor character sits. */
  anchor: PointView;
  text: string;
  refusesDeletion: boolean;
}

export interface AnnotationView {
  id: string;
  paragraph: number;
  start: number;
  length: number;
  colorScheme: string;
  text: string;
  /** false when Word accepted the critique but shows nothing. */
  visible: boolean;
}

export interface SelectionView {
  start: PointView;
  end: PointView;
  text: string;
}

export interface UserEditOptions {
  source?: EventSource;
}

export interface ReviewerOptions extends UserEditOptions {
  author?: string;
}

export class FakeWordDocument {
  constructor(
    private readonly model: DocumentModel,
    private readonly environment: FakeEnvironment,
    private readonly hostOptions: OfficeHostOptions,
    private readonly settingsStore: Record<string, unknown>,
    /** Functions registered with Office.actions.associate, by action id (the ribbon's FunctionName). */
    readonly actions: Map<string, (event?: unknown) => unknown>,
  ) {}

  // ---- reading -------------------------------------------------------------------------------------------

  /** Every context.sync() (and each implicit sync at the end of a Word.run with queued work) since the last reset. */
  get syncCount(): number {
    return this.environment.syncCount;
  }

  resetSyncCount(): void {
    this.environment.syncCount = 0;
  }

  paragraphs(): ParagraphView[] {
    return this.model.paragraphs.map((paragraph, index) => ({
      index,
      id: paragraph.id,
      text: paragraph.text,
      styleBuiltIn: paragraph.styleBuiltIn,
      style: paragraph.style,
      outlineLevel: paragraph.outlineLevel,
      isListItem: paragraph.isListItem,
      tableNestingLevel: paragraph.tableNestingLevel,
      bold: paragraph.bold,
      tags: paragraph.controls.map((control) => control.tag),
      ...(paragraph.revision ? { revision: paragraph.revision } : {}),
      reviewedText: this.model.paragraphText(paragraph, 0, paragraph.text.length, "Current"),
      segments: this.segmentsOf(paragraph),
    }));
  }

  private segmentsOf(paragraph: ParagraphModel): SegmentView[] {
    const segments: SegmentView[] = [];
    for (let i = 0; i < paragraph.text.length; i++) {
      const mark = this.model.markAt(paragraph, i);
      const kind: SegmentView["kind"] = mark?.comment ? "anchor" : mark?.revision?.type === "Added" ? "inserted" : mark?.revision ? "deleted" : "text";
      const last = segments[segments.length - 1];
      if (last && kind !== "anchor" && last.kind === kind && last.revisionId === mark?.revision?.id) {
        last.text += paragraph.text[i];
        continue;
      }
      segments.push({
        text: paragraph.text[i] as string,
        kind,
        ...(mark?.revision && kind !== "anchor" ? { revisionId: mark.revision.id } : {}),
        ...(mark?.comment ? { commentId: mark.comment.id } : {}),
      });
    }
    return segments;
  }

  texts(): string[] {
    return this.model.paragraphs.map((paragraph) => paragraph.text);
  }

  contentControls(): ControlView[] {
    return this.model.contentControls().map((control) => {
      const paragraphs = this.model.controlParagraphs(control);
      return {
        id: control.id,
        tag: control.tag,
        title: control.title,
        appearance: control.appearance,
        placeholderText: control.placeholderText,
        first: this.model.indexOf(paragraphs[0] as ParagraphModel),
        last: this.model.indexOf(paragraphs[paragraphs.length - 1] as ParagraphModel),
        cannotEdit: control.cannotEdit,
        cannotDelete: control.cannotDelete,
      };
    });
  }

  comments(): CommentView[] {
    return this.model.comments.map((comment) => ({
      id: comment.id,
      content: comment.content,
      authorName: comment.authorName,
      resolved: comment.resolved,
      start: this.point(comment.start),
      end: this.point(comment.anchor),
      anchor: this.point(comment.anchor),
      text: this.model.textOf(this.model.commentRange(comment)),
      refusesDeletion: comment.refusesDeletion,
    }));
  }

  annotations(): AnnotationView[] {
    return this.model.annotations.map((annotation) => ({
      id: annotation.id,
      paragraph: this.model.indexOf(annotation.paragraph),
      start: annotation.start,
      length: annotation.length,
      colorScheme: annotation.colorScheme,
      text: annotation.paragraph.text.slice(annotation.start, annotation.start + annotation.length),
      visible: annotation.visible,
    }));
  }

  selection(): SelectionView {
    const { start, end } = this.model.selection;
    return { start: this.point(start), end: this.point(end), text: this.model.textOf(this.model.selection) };
  }

  /** The settings as saved in the document (what saveAsync wrote), not unsaved edits. */
  savedSettings(): Record<string, unknown> {
    return structuredClone(this.settingsStore);
  }

  private point(position: Position): PointView {
    return { paragraph: this.model.indexOf(position.paragraph), offset: position.offset };
  }

  /** Paragraph-event handlers currently registered through any request context. */
  get eventHandlerCount(): number {
    return this.model.eventSinkCount;
  }

  /** Called after every change: each sync that changed something, and each user edit. */
  subscribe(listener: () => void): () => void {
    return this.model.subscribe(listener);
  }

  // ---- configuring the simulated Word --------------------------------------------------------------------

  get changeTrackingMode(): ChangeTrackingMode {
    return this.model.changeTrackingMode;
  }

  set changeTrackingMode(mode: ChangeTrackingMode) {
    this.model.setTrackingMode(mode);
    this.model.commit("Local");
  }

  get supportedSets(): SupportedSets {
    return { ...this.environment.supportedSets };
  }

  set supportedSets(sets: SupportedSets) {
    this.environment.supportedSets = { ...sets };
  }

  get annotationsFail(): boolean {
    return this.environment.annotationsFail;
  }

  set annotationsFail(fail: boolean) {
    this.environment.annotationsFail = fail;
  }

  /** Tracked deletions shown inline (true, Word's default) or in balloons (false): what `text` includes. */
  get revisionsInline(): boolean {
    return this.model.revisionsInline;
  }

  set revisionsInline(inline: boolean) {
    this.model.revisionsInline = inline;
    this.model.touch();
    this.model.commit("Local");
  }

  get critiquesInvisible(): boolean {
    return this.model.critiquesInvisible;
  }

  set critiquesInvisible(invisible: boolean) {
    this.model.critiquesInvisible = invisible;
  }

  get insertCommentFails(): boolean {
    return this.environment.insertCommentFails;
  }

  set insertCommentFails(fails: boolean) {
    this.environment.insertCommentFails = fails;
  }

  get paragraphEventDelayMs(): number {
    return this.environment.paragraphEventDelayMs;
  }

  set paragraphEventDelayMs(delay: number) {
    this.environment.paragraphEventDelayMs = delay;
  }

  get theme(): FakeTheme | null {
    return this.hostOptions.theme;
  }

  set theme(theme: FakeTheme | null) {
    this.hostOptions.theme = theme;
  }

  // ---- acting as the user --------------------------------------------------------------------------------

  /** Replaces the whole document (opening another file). */
  load(content: ContentInit[], options: UserEditOptions = {}): void {
    this.model.replaceContent(content);
    this.model.commit(options.source ?? "Local");
  }

  /**
   * Types into a paragraph: at an offset (default: the end), or over a span when `replace` is given. With Track
   * Changes on, the typing is tracked as Word tracks it. The caret ends after the typed text.
   */
  typeText(paragraphIndex: number, text: string, options: UserEditOptions & { at?: number; replace?: { start: number; length: number } } = {}): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    const start = options.replace?.start ?? options.at ?? paragraph.text.length;
    const end = options.replace ? options.replace.start + options.replace.length : start;
    const typed = this.model.replaceRange({ start: { paragraph, offset: start }, end: { paragraph, offset: end } }, text);
    this.model.select({ start: typed.end, end: typed.end });
    this.model.commit(options.source ?? "Local");
  }

  setParagraphText(paragraphIndex: number, text: string, options: UserEditOptions = {}): void {
    this.model.setText(this.paragraphAt(paragraphIndex), text);
    this.model.commit(options.source ?? "Local");
  }

  /** Presses Enter at the end of a paragraph and types `text`: the new paragraph joins the same controls. */
  insertParagraphAfter(paragraphIndex: number, text: string, init: Omit<ParagraphInit, "text"> = {}, options: UserEditOptions = {}): void {
    const anchor = this.paragraphAt(paragraphIndex);
    const paragraph = this.model.insertParagraph(text, anchor, "After", anchor.controls);
    if (init.styleBuiltIn !== undefined) {
      paragraph.styleBuiltIn = init.styleBuiltIn;
      paragraph.style = init.style ?? displayNameOf(init.styleBuiltIn);
      paragraph.outlineLevel = init.outlineLevel ?? outlineLevelOf(init.styleBuiltIn);
    }
    if (init.isListItem !== undefined) paragraph.isListItem = init.isListItem;
    if (init.tableNestingLevel !== undefined) paragraph.tableNestingLevel = init.tableNestingLevel;
    if (init.bold !== undefined) paragraph.bold = init.bold;
    this.model.commit(options.source ?? "Local");
  }

  /** Presses Enter inside a paragraph: the text after `offset` moves to a new paragraph with the same formatting. */
  splitParagraph(paragraphIndex: number, offset: number, options: UserEditOptions = {}): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    const rest = paragraph.text.slice(offset);
    this.model.setText(paragraph, paragraph.text.slice(0, offset));
    const created = this.model.insertParagraph(rest, paragraph, "After", paragraph.controls);
    this.model.select({ start: { paragraph: created, offset: 0 }, end: { paragraph: created, offset: 0 } });
    this.model.commit(options.source ?? "Local");
  }

  /** Applies a built-in style from Word's style gallery. */
  setParagraphStyle(paragraphIndex: number, styleBuiltIn: string, options: UserEditOptions = {}): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    paragraph.styleBuiltIn = styleBuiltIn;
    paragraph.style = displayNameOf(styleBuiltIn);
    paragraph.outlineLevel = outlineLevelOf(styleBuiltIn);
    this.model.markChanged(paragraph);
    this.model.commit(options.source ?? "Local");
  }

  deleteParagraph(paragraphIndex: number, options: UserEditOptions = {}): void {
    this.model.removeParagraph(this.paragraphAt(paragraphIndex));
    this.model.commit(options.source ?? "Local");
  }

  /** Puts the cursor (or a selection of `length` characters) into a paragraph. */
  select(paragraphIndex: number, start = 0, length = 0): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.model.select({ start: { paragraph, offset: start }, end: { paragraph, offset: start + length } });
    this.model.commit("Local");
  }

  // ---- reviewing, as a colleague would ---------------------------------------------------------------------

  /** Comments on `length` characters from `start` (offsets into `text`); the `\x05` anchor goes right after them. */
  addComment(
    paragraphIndex: number,
    start: number,
    length: number,
    content: string,
    options: UserEditOptions & { authorName?: string; refusesDeletion?: boolean } = {},
  ): string {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.checkSpan(paragraph, start, length);
    const comment = this.model.addComment(
      { start: { paragraph, offset: start }, end: { paragraph, offset: start + length } },
      content,
      options.authorName ?? "Reviewer",
      options.refusesDeletion ?? false,
    );
    this.model.commit(options.source ?? "Local");
    return comment.id;
  }

  deleteComment(id: string, options: UserEditOptions = {}): void {
    this.model.deleteComment(this.commentWithId(id));
    this.model.commit(options.source ?? "Local");
  }

  /** That comment's `delete()` fails with GeneralException from now on (or works again). */
  setCommentRefusesDeletion(id: string, refuses: boolean): void {
    this.commentWithId(id).refusesDeletion = refuses;
    this.model.touch();
    this.model.commit("Local");
  }

  /** A reviewer with Track Changes on types `text` over a span: the old text stays as a tracked deletion. */
  trackedReplace(paragraphIndex: number, start: number, length: number, text: string, options: ReviewerOptions = {}): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.checkSpan(paragraph, start, length);
    const range = { start: { paragraph, offset: start }, end: { paragraph, offset: start + length } };
    const inserted = this.model.replaceRange(range, text, options.author ?? "Reviewer");
    this.model.select({ start: inserted.end, end: inserted.end });
    this.model.commit(options.source ?? "Local");
  }

  trackedInsert(paragraphIndex: number, at: number, text: string, options: ReviewerOptions = {}): void {
    this.trackedReplace(paragraphIndex, at, 0, text, options);
  }

  trackedDelete(paragraphIndex: number, start: number, length: number, options: ReviewerOptions = {}): void {
    this.trackedReplace(paragraphIndex, start, length, "", options);
  }

  /** Tracked changes in document order, one entry per run of characters (as Word lists them). */
  revisions(): RevisionView[] {
    return this.model.trackedChanges().map((change) => ({
      id: change.revision.id,
      type: change.revision.type,
      author: change.revision.author,
      paragraph: this.model.indexOf(change.paragraph),
      start: change.start,
      length: change.end - change.start,
      text: change.paragraph.text.slice(change.start, change.end),
    }));
  }

  acceptRevision(id: string, options: UserEditOptions = {}): void {
    this.model.resolveRevision(this.revisionWithId(id), true);
    this.model.commit(options.source ?? "Local");
  }

  rejectRevision(id: string, options: UserEditOptions = {}): void {
    this.model.resolveRevision(this.revisionWithId(id), false);
    this.model.commit(options.source ?? "Local");
  }

  acceptAll(options: UserEditOptions = {}): void {
    for (const revision of this.allRevisions()) this.model.resolveRevision(revision, true);
    this.model.commit(options.source ?? "Local");
  }

  rejectAll(options: UserEditOptions = {}): void {
    for (const revision of this.allRevisions()) this.model.resolveRevision(revision, false);
    this.model.commit(options.source ?? "Local");
  }

  /** Sets a control's locks, as Content Control Properties does. */
  lockControl(id: number, locks: { cannotEdit?: boolean; cannotDelete?: boolean } = {}): void {
    const control = this.controlWithId(id);
    control.cannotEdit = locks.cannotEdit ?? true;
    control.cannotDelete = locks.cannotDelete ?? true;
    for (const paragraph of this.model.controlParagraphs(control)) this.model.markChanged(paragraph);
    this.model.commit("Local");
  }

  unlockControl(id: number): void {
    this.lockControl(id, { cannotEdit: false, cannotDelete: false });
  }

  private allRevisions(): RevisionModel[] {
    return [...new Set(this.model.trackedChanges().map((change) => change.revision))];
  }

  private revisionWithId(id: string): RevisionModel {
    const found = this.allRevisions().find((revision) => revision.id === id);
    if (!found) throw new RangeError(`The document has no tracked change "${id}".`);
    return found;
  }

  private commentWithId(id: string) {
    const found = this.model.comments.find((comment) => comment.id === id);
    if (!found) throw new RangeError(`The document has no comment "${id}".`);
    return found;
  }

  private controlWithId(id: number): ControlModel {
    const found = this.model.contentControls().find((control) => control.id === id);
    if (!found) throw new RangeError(`The document has no content control ${id}.`);
    return found;
  }

  private checkSpan(paragraph: ParagraphModel, start: number, length: number): void {
    if (start < 0 || length < 0 || start + length > paragraph.text.length) {
      throw new RangeError(`The span ${start}+${length} lies outside the paragraph "${paragraph.text}".`);
    }
  }

  private paragraphAt(index: number): ParagraphModel {
    const paragraph = this.model.paragraphs[index];
    if (!paragraph) throw new RangeError(`The document has no paragraph ${index} (it has ${this.model.paragraphs.length}).`);
    return paragraph;
  }
}
