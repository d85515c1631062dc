import type { LocateResult } from "../core/document-host";
import type { Finding } from "../core/report";
import { queueLocationRange } from "./text-range";
import { stillMatches } from "./text-search";

/**
 * Selects a finding's text: a search inside its paragraph for the n-th occurrence (head and tail joined for long
 * text). Falls back to the whole paragraph, saying why, when the text moved or Word's search cannot find it.
 */
export async function locateFinding(context: Word.RequestContext, finding: Finding): Promise<LocateResult> {
  const location = finding.location;
  if (!location) {
    return { selected: "none", reason: "This finding has no place in the document to go to (the section is missing)." };
  }
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();

  const paragraph = paragraphs.items[location.block];
  if (!paragraph) {
    return { selected: "none", reason: "That paragraph is no longer in the document. Check again." };
  }
  const selectParagraph = async (reason: string): Promise<LocateResult> => {
    paragraph.select("Select");
    await context.sync();
    return { selected: "paragraph", reason };
  };
  if (!stillMatches(paragraph.text, location)) {
    return selectParagraph(`The text has changed since the check, so the whole paragraph is selected. Check again.`);
  }
  const pending = queueLocationRange(paragraph, paragraph.text, location);
  if (!pending) return selectParagraph("This text cannot be picked out on its own, so the whole paragraph is selected.");
  await context.sync();
  const range = pending.pick();
  if (!range) return selectParagraph("Word's search did not find the text, so the whole paragraph is selected.");
  range.select("Select");
  await context.sync();
  return { selected: "text" };
}
