import type { Location } from "../core/report";
import { escapeSearchText, planSearch, type SearchTerm } from "./text-search";

/** A search queued in a batch: after the sync, `pick()` gives the finding's range, or undefined when Word found none. */
export interface PendingRange {
  pick(): Word.Range | undefined;
}

function queueTerm(paragraph: Word.Paragraph, term: SearchTerm): () => Word.Range | undefined {
  const results = paragraph.search(escapeSearchText(term.text), { matchCase: true });
  results.load("items/text");
  return () => results.items[term.occurrence];
}

/**
 * Queues the search that turns a paragraph-relative location into a Word range: search inside the paragraph and
 * take the n-th match; text over the search cap is found as head and tail joined with expandTo.
 * Undefined when the location cannot be searched for (empty, or overlapping an earlier match).
 */
export function queueLocationRange(paragraph: Word.Paragraph, paragraphText: string, location: Location): PendingRange | undefined {
  const plan = planSearch(paragraphText, location);
  if (!plan) return undefined;
  if (plan.kind === "single") return { pick: queueTerm(paragraph, plan.term) };
  const head = queueTerm(paragraph, plan.head);
  const tail = queueTerm(paragraph, plan.tail);
  return {
    pick() {
      const start = head();
      const end = tail();
      return start && end ? start.expandTo(end) : undefined;
    },
  };
}
