import { ErrorCodes, FakeOfficeError, notModelled } from "./errors";
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
  /** Set when the paragraph was inserted while Track Changes was on. */
  revision?: "inserted";
}

export interface Position {
  paragraph: ParagraphModel;
  offset: number;
}

export interface RangeModel {
  start: Position;
  end: Position;
}

export interface CommentModel {
  readonly id: string;
  content: string;
  authorName: string;
  resolved: boolean;
  range: RangeModel;
}

export interface AnnotationModel {
  readonly id: string;
  paragraph: ParagraphModel;
  start: number;
  length: number;
  colorScheme: string;
  state: "Created" | "Accepted" | "Rejected";
}

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
export type EventSource = "Local" | "Remote";
export type ParagraphEventKind = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface ParagraphEvent {
  type: ParagraphEventKind;
  source: EventSource;
  uniqueLocalIds: string[];
}

export interface ParagraphInit {
  text: string;
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

export class DocumentModel {
  paragraphs: ParagraphModel[] = [];
  comments: CommentModel[] = [];
  annotations: AnnotationModel[] = [];
  selection: RangeModel;
  changeTrackingMode: ChangeTrackingMode = "Off";
  private nextParagraph = 1;
  private nextControl = 1;
  private nextComment = 1;
  private nextAnnotation = 1;
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
    const build = (items: ContentInit[], controls: ControlModel[]): void => {
      for (const item of items) {
        if (isControlInit(item)) build(item.paragraphs, [...controls, this.newControl(item.control)]);
        else this.paragraphs.push(this.newParagraph(item, controls));
      }
    };
    build(content, []);
    // Word never has a body without a paragraph: an empty document holds one empty paragraph.
    if (this.paragraphs.length === 0) this.paragraphs.push(this.newParagraph({ text: "" }, []));
    for (const paragraph of this.paragraphs) this.journal.added.add(paragraph);
    this.selection = this.collapsedAtStart();
    this.dirty = true;
  }

  private newParagraph(init: ParagraphInit, controls: ControlModel[]): ParagraphModel {
    const styleBuiltIn = init.styleBuiltIn ?? "Normal";
    const serial = (this.nextParagraph++).toString(16).padStart(12, "0");
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

  /**
   * Inserts a paragraph next to `anchor`. Like Office.js, the new paragraph copies the anchor's formatting
   * (style, list, table) unless the caller sets it, so code that forgets to set a style gets a wrong one.
   */
  insertParagraph(text: string, anchor: ParagraphModel, where: "Before" | "After", controls: ControlModel[]): ParagraphModel {
    this.assertAlive(anchor);
    if (/[\r\n]/.test(text)) throw notModelled("paragraph marks inside inserted text");
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
    if (this.changeTrackingMode !== "Off") paragraph.revision = "inserted";
    const index = this.indexOf(anchor) + (where === "After" ? 1 : 0);
    this.paragraphs.splice(index, 0, paragraph);
    this.indexCache = undefined;
    this.journal.added.add(paragraph);
    this.dirty = true;
    return paragraph;
  }

  removeParagraph(paragraph: ParagraphModel): void {
    this.assertAlive(paragraph);
    if (this.paragraphs.length === 1) {
      this.setText(paragraph, "");
      return;
    }
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
    for (const comment of this.comments) comment.range = { start: survivor(comment.range.start), end: survivor(comment.range.end) };
    this.selection = { start: survivor(this.selection.start), end: survivor(this.selection.end) };
    this.dirty = true;
  }

  setText(paragraph: ParagraphModel, text: string): void {
    this.assertAlive(paragraph);
    if (/[\r\n]/.test(text)) throw notModelled("paragraph marks inside inserted text");
    if (paragraph.text === text) return;
    paragraph.text = text;
    for (const annotation of this.annotations) {
      if (annotation.paragraph === paragraph && annotation.start + annotation.length > text.length) annotation.state = "Rejected";
    }
    this.annotations = this.annotations.filter((annotation) => annotation.state !== "Rejected");
    if (!this.journal.added.has(paragraph)) this.journal.changed.add(paragraph);
    this.dirty = true;
  }

  markChanged(paragraph: ParagraphModel): void {
    if (!this.journal.added.has(paragraph)) this.journal.changed.add(paragraph);
    this.dirty = true;
  }

  /** Replaces the text a range covers; a range over several paragraphs merges them, as typing over it would. */
  replaceRange(range: RangeModel, text: string): RangeModel {
    const { start, end } = this.ordered(range);
    const startText = start.paragraph.text;
    const endText = end.paragraph.text;
    const startIndex = this.indexOf(start.paragraph);
    const endIndex = this.indexOf(end.paragraph);
    for (const paragraph of this.paragraphs.slice(startIndex + 1, endIndex + 1)) this.removeParagraph(paragraph);
    const before = startText.slice(0, start.offset);
    this.setText(start.paragraph, before + text + endText.slice(end.offset));
    return {
      start: { paragraph: start.paragraph, offset: before.length },
      end: { paragraph: start.paragraph, offset: before.length + text.length },
    };
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

  textOf(range: RangeModel): string {
    const { start, end } = this.ordered(range);
    return this.paragraphsIn(range)
      .map((paragraph) => {
        const from = paragraph === start.paragraph ? start.offset : 0;
        const to = paragraph === end.paragraph ? end.offset : paragraph.text.length;
        return paragraph.text.slice(from, to);
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

  addComment(range: RangeModel, content: string, authorName: string): CommentModel {
    const comment: CommentModel = { id: `comment-${this.nextComment++}`, content, authorName, resolved: false, range: this.ordered(range) };
    this.comments.push(comment);
    this.dirty = true;
    return comment;
  }

  deleteComment(comment: CommentModel): void {
    this.comments = this.comments.filter((existing) => existing !== comment);
    this.dirty = true;
  }

  addAnnotation(paragraph: ParagraphModel, start: number, length: number, colorScheme: string): AnnotationModel {
    if (start < 0 || length < 0 || start + length > paragraph.text.length) {
      throw new FakeOfficeError(ErrorCodes.invalidArgument, "The critique lies outside the paragraph.");
    }
    const annotation: AnnotationModel = {
      id: `annotation-${this.nextAnnotation++}`,
      paragraph,
      start,
      length,
      colorScheme,
      state: "Created",
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
