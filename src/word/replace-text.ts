import type { Location } from "../core/report";
import { queueLocationRange } from "./text-range";

export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `“${short}”`;
}

/** Edits that need no search: the whole paragraph, or an insertion at its start or end. */
function wholeParagraphEdit(paragraphText: string, location: Location): "Replace" | "Start" | "End" | undefined {
  if (location.length > 0) return location.start === 0 && location.length === paragraphText.length ? "Replace" : undefined;
  if (location.start === 0) return "Start";
  return location.start === paragraphText.length ? "End" : undefined;
}

/**
 * Replaces the text at a location of a loaded paragraph (whose text the caller has checked): the whole paragraph
 * directly, a span through a search inside the paragraph. Returns why it could not, or undefined once done.
 */
export async function replaceAt(context: Word.RequestContext, paragraph: Word.Paragraph, location: Location, replacement: string): Promise<string | undefined> {
  const whole = wholeParagraphEdit(paragraph.text, location);
  if (whole) {
    paragraph.insertText(replacement, whole);
  } else {
    const pending = queueLocationRange(paragraph, paragraph.text, location);
    if (!pending) return `Word cannot pick out ${quote(location.text)} on its own, so nothing was changed. Change it by hand.`;
    await context.sync();
    const range = pending.pick();
    if (!range) return `Word's search did not find ${quote(location.text)}, so nothing was changed. Check again.`;
    range.insertText(replacement, "Replace");
  }
  await context.sync();
  return undefined;
}
