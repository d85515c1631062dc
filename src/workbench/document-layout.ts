import type { AnnotationView, CommentView, ControlView, ParagraphView, SegmentView, SelectionView } from "../fake-word";

/**
 * What the document view draws, worked out from the simulated document without touching the DOM: paragraphs
 * nested in their content controls, and each paragraph's text cut into runs where the selection, a comment,
 * a critique underline or a tracked change starts or ends, and around each comment's anchor character.
 */

export interface Run {
  text: string;
  selected: boolean;
  /** Ids of the comments anchored over this run. */
  comments: string[];
  /** Colour scheme of a critique underline over this run. */
  critique?: string;
  /** Plain text, a tracked insertion or deletion, or a comment's anchor character (Word's \x05). */
  kind: SegmentView["kind"];
  /** The comment whose anchor this run is. */
  anchorOf?: string;
}

export interface ParagraphNode {
  kind: "paragraph";
  paragraph: ParagraphView;
  runs: Run[];
  /** Comments that start in this paragraph, shown beside it. */
  comments: CommentView[];
  /** Shown greyed in an empty control, as Word shows placeholder text, or on an empty page. */
  placeholder?: string;
}

export interface ControlNode {
  kind: "control";
  control: ControlView;
  children: LayoutNode[];
}

export type LayoutNode = ParagraphNode | ControlNode;

export interface DocumentState {
  paragraphs: ParagraphView[];
  controls: ControlView[];
  comments: CommentView[];
  annotations: AnnotationView[];
  /** Undefined while the officer's own caret is in the document: the browser shows that selection. */
  selection?: SelectionView;
}

interface Span {
  start: number;
  end: number;
}

/** The part of a range (given as two points) that lies in one paragraph, or undefined. */
function spanIn(index: number, length: number, range: { start: { paragraph: number; offset: number }; end: { paragraph: number; offset: number } }): Span | undefined {
  if (index < range.start.paragraph || index > range.end.paragraph) return undefined;
  const start = index === range.start.paragraph ? range.start.offset : 0;
  const end = index === range.end.paragraph ? range.end.offset : length;
  return { start, end };
}

function runsOf(paragraph: ParagraphView, state: DocumentState): Run[] {
  const length = paragraph.text.length;
  const selection = state.selection && spanIn(paragraph.index, length, state.selection);
  const comments = state.comments
    .map((comment) => ({ id: comment.id, span: spanIn(paragraph.index, length, comment) }))
    .filter((entry): entry is { id: string; span: Span } => entry.span !== undefined && entry.span.end > entry.span.start);
  // A critique Word accepted but does not show is not drawn either.
  const critiques = state.annotations
    .filter((annotation) => annotation.paragraph === paragraph.index && annotation.length > 0 && annotation.visible)
    .map((annotation) => ({ scheme: annotation.colorScheme, span: { start: annotation.start, end: annotation.start + annotation.length } }));

  const segments: { span: Span; segment: SegmentView }[] = [];
  let offset = 0;
  for (const segment of paragraph.segments) {
    segments.push({ span: { start: offset, end: offset + segment.text.length }, segment });
    offset += segment.text.length;
  }
  const cuts = new Set([0, length, ...segments.map((entry) => entry.span.start)]);
  const spans = [...(selection ? [selection] : []), ...comments.map((entry) => entry.span), ...critiques.map((entry) => entry.span)];
  for (const span of spans) {
    cuts.add(Math.min(Math.max(span.start, 0), length));
    cuts.add(Math.min(Math.max(span.end, 0), length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covers = (span: Span, from: number, to: number) => span.start <= from && to <= span.end;
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const critique = critiques.find((entry) => covers(entry.span, from, to));
    const segment = segments.find((entry) => covers(entry.span, from, to))?.segment;
    runs.push({
      text: paragraph.text.slice(from, to),
      kind: segment?.kind ?? "text",
      ...(segment?.commentId ? { anchorOf: segment.commentId } : {}),
      selected: selection !== undefined && selection.end > selection.start && covers(selection, from, to),
      comments: comments.filter((entry) => covers(entry.span, from, to)).map((entry) => entry.id),
      ...(critique ? { critique: critique.scheme } : {}),
    });
  }
  return runs;
}

/** Controls outermost first, so each opens before the controls nested in it. */
function byNesting(a: ControlView, b: ControlView): number {
  return a.first - b.first || b.last - a.last;
}

/** Shown greyed on an empty page, where Word shows only a caret. */
const BLANK_DOCUMENT_HINT = "An empty document. Type here, or press Insert template in the pane.";

export function layoutDocument(state: DocumentState): LayoutNode[] {
  const top: LayoutNode[] = [];
  const open: ControlNode[] = [];
  const pending = [...state.controls].sort(byNesting);
  const emptyControls = new Set(
    state.controls.filter((control) => state.paragraphs.slice(control.first, control.last + 1).every((p) => p.text === "")),
  );
  const place = (node: LayoutNode) => (open.at(-1)?.children ?? top).push(node);
  const blank = state.paragraphs.length === 1 && state.paragraphs[0]?.text === "" && state.controls.length === 0;

  for (const paragraph of state.paragraphs) {
    while (open.length > 0 && (open.at(-1)?.control.last ?? Infinity) < paragraph.index) open.pop();
    for (let next = pending[0]; next && next.first === paragraph.index; next = pending[0]) {
      pending.shift();
      const node: ControlNode = { kind: "control", control: next, children: [] };
      place(node);
      open.push(node);
    }
    // The innermost control that starts here, is empty and has placeholder text shows it, greyed.
    const placeholderOwner = [...open]
      .reverse()
      .find(({ control }) => control.first === paragraph.index && emptyControls.has(control) && control.placeholderText !== "");
    place({
      kind: "paragraph",
      paragraph,
      runs: runsOf(paragraph, state),
      comments: state.comments.filter((comment) => comment.start.paragraph === paragraph.index),
      ...(placeholderOwner ? { placeholder: placeholderOwner.control.placeholderText } : {}),
      ...(blank ? { placeholder: BLANK_DOCUMENT_HINT } : {}),
    });
  }
  return top;
}
