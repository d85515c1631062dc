import type { LocateResult } from "../core/document-host";
import type { Finding, Location } from "../core/report";
import { queueKnownParagraph, type ReadMemory } from "./paragraph-lookup";
import { BASIC_READ, queueSnapshot, type ReadFeatures } from "./read-snapshot";
import { queueSpanRange, stillReads } from "./text-range";
import type { TextMap } from "./text-map";

const CHANGED = "The text has changed since the check, so the whole paragraph is selected. Check again.";
const NOT_FOUND = "Word's search did not find exactly that text, so the whole paragraph is selected.";
const UNSEARCHABLE = "This text cannot be picked out on its own, so the whole paragraph is selected.";

/**
 * Selects a finding's text: found with a search inside its paragraph, checked against what the paragraph holds,
 * and selected in the same batch as that check. Falls back to the whole paragraph, saying why, when the text
 * moved or Word's search found something else. With the paragraph's id from the last read (WordApi 1.6) this
 * costs two syncs; otherwise the document is read first (three).
 */
export async function locateFinding(context: Word.RequestContext, finding: Finding, features: ReadFeatures = BASIC_READ, memory?: ReadMemory): Promise<LocateResult> {
  const location = finding.location;
  if (!location) {
    return { selected: "none", reason: "This finding has no place in the document to go to (the section is missing)." };
  }
  const known = queueKnownParagraph(context, memory, location.block);
  if (known) {
    const pending = stillReads(known.map, location) ? queueSpanRange(known.paragraph, known.map, location.start, location.length) : undefined;
    try {
      await context.sync();
    } catch {
      // The paragraph has gone (ItemNotFound): read the document as it is now.
      return locateByReading(context, location, features);
    }
    if (!known.unchanged()) return locateByReading(context, location, features);
    return select(context, known.paragraph, pending, known.map, location);
  }
  return locateByReading(context, location, features);
}

async function locateByReading(context: Word.RequestContext, location: Location, features: ReadFeatures): Promise<LocateResult> {
  const read = queueSnapshot(context, features);
  await context.sync();
  const paragraph = read.paragraphs.items[location.block];
  const map = read.read().maps[location.block];
  if (!paragraph || !map) return { selected: "none", reason: "That paragraph is no longer in the document. Check again." };
  const pending = stillReads(map, location) ? queueSpanRange(paragraph, map, location.start, location.length) : undefined;
  if (pending) await context.sync();
  return select(context, paragraph, pending, map, location);
}

async function select(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  pending: ReturnType<typeof queueSpanRange>,
  map: TextMap,
  location: Location,
): Promise<LocateResult> {
  const range = pending?.pick();
  let result: LocateResult;
  if (range) {
    range.select("Select");
    result = { selected: "text" };
  } else {
    paragraph.select("Select");
    result = { selected: "paragraph", reason: !stillReads(map, location) ? CHANGED : pending ? NOT_FOUND : UNSEARCHABLE };
  }
  await context.sync();
  return result;
}
