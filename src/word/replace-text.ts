import type { Location } from "../core/report";
import { hasControlCharacters, type TextMap } from "./text-map";
import type { BodySearch, Span } from "./body-search";
import { queueSpanRange } from "./text-range";
import { errorMessage } from "../core/text/error-message";
import { quote } from "../core/text/quote";

/** The smallest edit that turns `before` into `after`: keep a common start and end, change what lies between. */
export interface MinimalEdit {
  /** Offset in `before` where the change starts. */
  start: number;
  /** How many characters of `before` go. */
  removed: number;
  inserted: string;
}

export function minimalEdit(before: string, after: string): MinimalEdit {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { start: prefix, removed: before.length - prefix - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

/** Where an edit goes in Word: after, before or in place of a span of the finding's text. */
export interface EditAnchor {
  span: Span;
  where: "After" | "Before" | "Replace";
}

/**
 * The text to find for the edit: for an insertion, the finding's text just before the point (or just after it); for
 * a change, the characters that change. An insertion at either end of its paragraph needs none, but that is known
 * only once the paragraph is read, so the anchor is searched for anyway (in the same batch as the read).
 */
export function editAnchor(location: Location, edit: MinimalEdit): EditAnchor {
  const at = location.start + edit.start;
  if (edit.removed > 0) return { span: { block: location.block, start: at, length: edit.removed }, where: "Replace" };
  const before = at - location.start;
  if (before > 0) return { span: { block: location.block, start: location.start, length: before }, where: "After" };
  return { span: { block: location.block, start: at, length: location.length }, where: "Before" };
}

/**
 * Changes a paragraph's text at a location (whose accepted text the caller has checked) with the smallest edit:
 * "Key decision:" → "Key decision: YES" inserts " YES" at its end, so comments, content controls and their tags
 * around and inside the text stay (a whole replacement deletes them, office-js #2574, #4975). `search` holds the
 * anchor's search from the caller's read; without it, or when its answer does not fit, the paragraph is searched.
 * Returns why it could not, or undefined once done.
 */
export async function replaceAt(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  maps: TextMap[],
  location: Location,
  replacement: string,
  search?: BodySearch,
): Promise<string | undefined> {
  if (hasControlCharacters(replacement)) return "The fix would write a control character into the record, so nothing was changed. Change it by hand.";
  const map = maps[location.block];
  if (!map) return `${quote(location.text)} is no longer in the document, so nothing was changed. Check again.`;
  const edit = minimalEdit(location.text, replacement);
  if (edit.removed === 0 && edit.inserted === "") return undefined;
  const at = location.start + edit.start;
  try {
    if (edit.removed === 0 && (at === map.text.length || at === 0)) {
      paragraph.insertText(edit.inserted, at === 0 ? "Start" : "End");
    } else {
      const anchor = editAnchor(location, edit);
      let range = search?.pick(maps, anchor.span);
      if (!range) {
        const pending = queueSpanRange(paragraph, map, anchor.span.start, anchor.span.length);
        if (!pending) return `Word cannot pick out ${quote(location.text)} on its own, so nothing was changed. Change it by hand.`;
        await context.sync();
        range = pending.pick();
      }
      if (!range) return `Word's search did not find exactly ${quote(location.text)}, so nothing was changed. Check again.`;
      range.insertText(edit.inserted, anchor.where);
    }
    await context.sync();
  } catch (error) {
    return `Word refused the change (${errorMessage(error)}), so nothing was changed.`;
  }
  return undefined;
}
