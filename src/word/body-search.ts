import type { Location } from "../core/report";
import { mapText, rawSpans, type TextMap } from "./text-map";
import { escapeSearchText, planSearch, type SearchPlan, type SearchTerm } from "./text-search";

/** Characters `start .. start + length` of block `block`'s accepted text. */
export interface Span {
  block: number;
  start: number;
  length: number;
}

function countIn(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function termsOf(plan: SearchPlan): SearchTerm[] {
  return plan.kind === "single" ? [plan.term] : [plan.head, plan.tail];
}

/**
 * Searches the whole body in the same batch as the read that says where to look, so finding a span costs no round
 * trip of its own. Word's body search returns matches in document order and never across paragraphs, so the
 * match for a span is the number of matches in the paragraphs before it plus its place in its own paragraph. That
 * is worked out from the text the same batch read, and used only when Word found exactly as many matches as that
 * text holds and the chosen one reads as expected (Word's search can see text differently: hidden characters,
 * fields, the Find dialog open; office-js #5874, #4170).
 */
export class BodySearch {
  private readonly results = new Map<string, Word.RangeCollection>();

  constructor(private readonly body: Word.Body) {}

  /**
   * Queues the searches a span will need, planned on the paragraph the caller expects (its map from the last read;
   * without one, the finding's own text `around`, which holds the span). Call before the sync.
   */
  want(expected: TextMap | undefined, span: Span, around: Location): void {
    const map = expected ?? mapText(around.text);
    const start = expected ? span.start : span.start - around.start;
    const plan = planSearch(map.raw, rawSpans(map, start, span.length));
    if (!plan) return;
    for (const term of termsOf(plan)) {
      if (this.results.has(term.text)) continue;
      this.results.set(term.text, this.body.search(escapeSearchText(term.text), { matchCase: true }).load("items/text"));
    }
  }

  /** After the sync: the span's range in Word, planned on the fresh maps, or undefined when Word's answer does not fit. */
  pick(maps: TextMap[], span: Span): Word.Range | undefined {
    const map = maps[span.block];
    if (!map) return undefined;
    const plan = planSearch(map.raw, rawSpans(map, span.start, span.length));
    if (!plan) return undefined;
    const ranges = termsOf(plan).map((term) => this.match(maps, span.block, term));
    const [first, last] = [ranges[0], ranges[ranges.length - 1]];
    if (!first || !last || ranges.some((range) => !range)) return undefined;
    return first === last ? first : first.expandTo(last);
  }

  private match(maps: TextMap[], block: number, term: SearchTerm): Word.Range | undefined {
    const results = this.results.get(term.text);
    if (!results) return undefined;
    let before = 0;
    let total = 0;
    maps.forEach((map, index) => {
      const count = countIn(map.raw, term.text);
      if (index < block) before += count;
      total += count;
    });
    if (results.items.length !== total) return undefined;
    const found = results.items[before + term.occurrence];
    return found?.text === term.text ? found : undefined;
  }
}
