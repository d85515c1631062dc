import type { Location } from "../core/report";
import { hasControlCharacters, type TextMap } from "./text-map";
import { queueSpanRange } from "./text-range";
import { errorMessage } from "./office-errors";

export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `“${short}”`;
}

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

/** A queued edit: `write()` runs after the sync that answers its search (if any) and says whether it could. */
interface QueuedEdit {
  needsSearch: boolean;
  write(): boolean;
}

/**
 * An insertion at either end of the paragraph needs no search; anywhere else the finding's own text next to the
 * change is found first. Undefined when that text cannot be searched for.
 */
function queueEdit(paragraph: Word.Paragraph, map: TextMap, location: Location, edit: MinimalEdit): QueuedEdit | undefined {
  const at = location.start + edit.start;
  if (edit.removed === 0) {
    if (at === map.text.length) return { needsSearch: false, write: () => (paragraph.insertText(edit.inserted, "End"), true) };
    if (at === 0) return { needsSearch: false, write: () => (paragraph.insertText(edit.inserted, "Start"), true) };
    // Insert after the finding's text before the point, or else before its text after the point.
    const before = at - location.start;
    const pending = before > 0 ? queueSpanRange(paragraph, map, location.start, before) : queueSpanRange(paragraph, map, at, location.length);
    if (!pending) return undefined;
    return {
      needsSearch: true,
      write() {
        const range = pending.pick();
        range?.insertText(edit.inserted, before > 0 ? "After" : "Before");
        return range !== undefined;
      },
    };
  }
  const pending = queueSpanRange(paragraph, map, at, edit.removed);
  if (!pending) return undefined;
  return {
    needsSearch: true,
    write() {
      const range = pending.pick();
      range?.insertText(edit.inserted, "Replace");
      return range !== undefined;
    },
  };
}

/**
 * Changes a paragraph's text at a location (whose accepted text the caller has checked) with the smallest edit:
 * "Key decision:" → "Key decision: YES" inserts " YES" at its end, so comments, content controls and their tags
 * around and inside the text stay (a whole replacement deletes them, office-js #2574, #4975). Returns why it
 * could not, or undefined once done.
 */
export async function replaceAt(context: Word.RequestContext, paragraph: Word.Paragraph, map: TextMap, location: Location, replacement: string): Promise<string | undefined> {
  if (hasControlCharacters(replacement)) return "The fix would write a control character into the record, so nothing was changed. Change it by hand.";
  const edit = minimalEdit(location.text, replacement);
  if (edit.removed === 0 && edit.inserted === "") return undefined;
  const queued = queueEdit(paragraph, map, location, edit);
  if (!queued) return `Word cannot pick out ${quote(location.text)} on its own, so nothing was changed. Change it by hand.`;
  try {
    if (queued.needsSearch) await context.sync();
    if (!queued.write()) return `Word's search did not find exactly ${quote(location.text)}, so nothing was changed. Check again.`;
    await context.sync();
  } catch (error) {
    return `Word refused the change (${errorMessage(error)}), so nothing was changed.`;
  }
  return undefined;
}
