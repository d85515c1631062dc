import type { LocateResult } from "./document-host";
import type { Finding } from "../core/report";
import { BodySearch } from "./body-search";
import { BASIC_READ, queueSnapshot, type ReadFeatures } from "./read-snapshot";
import type { TextMap } from "./text-map";
import { queueSpanRange, stillReads } from "./text-range";

/**
 * Selects a finding's text in two syncs: the document is read and searched in one batch, and what the search found
 * is checked against that read before anything is selected. Falls back to the whole paragraph, saying why, when the
 * text moved or Word's search found something else. `expected` is the map of the finding's paragraph from the
 * check's read, which says what to search for.
 */
export async function locateFinding(context: Word.RequestContext, finding: Finding, features: ReadFeatures = BASIC_READ, expected?: TextMap): Promise<LocateResult> {
  const location = finding.location;
  if (!location) {
    return { selected: "none", reason: "This finding has no place in the document to go to (the section is missing)." };
  }
  const read = queueSnapshot(context, features);
  const search = new BodySearch(context.document.body);
  search.want(expected, location, location);
  await context.sync();
  const { maps } = read.read();
  const paragraph = read.paragraphs.items[location.block];
  const map = maps[location.block];
  if (!paragraph || !map) return { selected: "none", reason: "That paragraph is no longer in the document. Check again." };
  const selectParagraph = async (reason: string): Promise<LocateResult> => {
    paragraph.select("Select");
    await context.sync();
    return { selected: "paragraph", reason };
  };
  if (!stillReads(map, location)) return selectParagraph("The text has changed since the check, so the whole paragraph is selected. Check again.");
  let range = search.pick(maps, location);
  if (!range) {
    // The text moved within the document since the check, so the search looked for the wrong thing: search its paragraph.
    const pending = queueSpanRange(paragraph, map, location.start, location.length);
    if (!pending) return selectParagraph("This text cannot be picked out on its own, so the whole paragraph is selected.");
    await context.sync();
    range = pending.pick();
  }
  if (!range) return selectParagraph("Word's search did not find exactly that text, so the whole paragraph is selected.");
  range.select("Select");
  await context.sync();
  return { selected: "text" };
}
