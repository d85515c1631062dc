import type { Location } from "../core/report";
import { rawSpans, type TextMap } from "./text-map";
import { escapeSearchText, planSearch, type SearchTerm } from "./text-search";

/** A search queued in a batch: after the sync, `pick()` gives the range, or undefined when Word did not find exactly it. */
export interface PendingRange {
  pick(): Word.Range | undefined;
}

/**
 * Word's search can see a paragraph differently from its text (hidden characters, fields, the Find dialog open,
 * office-js #5874, #4170), so its answer is used only when it found as many matches as the text holds and the
 * chosen one reads as expected.
 */
function queueTerm(paragraph: Word.Paragraph, term: SearchTerm): () => Word.Range | undefined {
  const results = paragraph.search(escapeSearchText(term.text), { matchCase: true });
  results.load("items/text");
  return () => {
    if (results.items.length !== term.count) return undefined;
    const found = results.items[term.occurrence];
    return found?.text === term.text ? found : undefined;
  };
}

/**
 * Queues the search that turns accepted-text characters `start .. start + length` of a paragraph into a Word range:
 * the run of Word's text that holds them, or (split by a comment anchor or deleted text, or longer than a search
 * may be) its head and tail joined with expandTo. Undefined when it cannot be searched for.
 */
export function queueSpanRange(paragraph: Word.Paragraph, map: TextMap, start: number, length: number): PendingRange | undefined {
  const plan = planSearch(map.raw, rawSpans(map, start, length));
  if (!plan) return undefined;
  if (plan.kind === "single") return { pick: queueTerm(paragraph, plan.term) };
  const head = queueTerm(paragraph, plan.head);
  const tail = queueTerm(paragraph, plan.tail);
  return {
    pick() {
      const from = head();
      const to = tail();
      return from && to ? from.expandTo(to) : undefined;
    },
  };
}

/** True when the paragraph, as accepted, still holds the finding's text where the check saw it. */
export function stillReads(map: TextMap | undefined, location: Location): map is TextMap {
  return map !== undefined && map.text.slice(location.start, location.start + location.length) === location.text;
}
