/**
 * Character offsets of the browser's selection inside one editable paragraph, and back. A paragraph's text is
 * split into spans (selection, comments, underlines), so DOM positions are converted to plain-text offsets.
 */

export interface TextSpan {
  start: number;
  end: number;
}

function offsetOf(element: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection inside `element` as offsets, or undefined when the selection is elsewhere. */
export function selectionIn(element: HTMLElement): TextSpan | undefined {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return undefined;
  return { start: offsetOf(element, range.startContainer, range.startOffset), end: offsetOf(element, range.endContainer, range.endOffset) };
}

function pointAt(element: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | undefined;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: element, offset: 0 };
}

/** Focuses the paragraph and puts the browser's selection at the given offsets. */
export function placeCaret(element: HTMLElement, span: TextSpan): void {
  element.focus({ preventScroll: true });
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const start = pointAt(element, span.start);
  const end = pointAt(element, span.end);
  const range = element.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** True when the caret sits on the paragraph's first (or last) line, where Up (or Down) leaves it. */
export function caretOnEdgeLine(element: HTMLElement, edge: "first" | "last"): boolean {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return true;
  const rects = selection.getRangeAt(0).getClientRects();
  const caret = rects[edge === "first" ? 0 : rects.length - 1];
  if (!caret) return true;
  const box = element.getBoundingClientRect();
  const lineHeight = caret.height || parseFloat(getComputedStyle(element).lineHeight) || 16;
  return edge === "first" ? caret.top - box.top < lineHeight * 0.75 : box.bottom - caret.bottom < lineHeight * 0.75;
}

/** The smallest edit that turns `before` into `after`: the span replaced and the text put there. */
export function textEdit(before: string, after: string): { start: number; length: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, length: before.length - start - tail, text: after.slice(start, after.length - tail) };
}
