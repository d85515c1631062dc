import type { RawSpan } from "./text-map";

/** Word caps search text at 255 characters, and each escape counts against the cap. */
const MAX_SEARCH_LENGTH = 255;

/** With wildcards off Word still reads `^` as the start of a special code (^p, ^t, ^#...): double it. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/**
 * Which match of `needle` Word's search returns for the one at `start`. Word's matches are non-overlapping, left
 * to right, so the answer is the count of such matches before `start`; undefined when the text at `start`
 * overlaps an earlier match (search cannot return it).
 */
export function occurrenceIndex(text: string, needle: string, start: number): number | undefined {
  if (needle.length === 0) return undefined;
  let index = 0;
  for (let at = text.indexOf(needle); at !== -1 && at <= start; at = text.indexOf(needle, at + needle.length)) {
    if (at === start) return index;
    index++;
  }
  return undefined;
}

/** The longest prefix (or suffix) whose escaped form fits the search cap. */
function fitting(text: string, fromEnd: boolean): string {
  let result = "";
  let escapedLength = 0;
  for (let i = 0; i < text.length; i++) {
    const char = (fromEnd ? text[text.length - 1 - i] : text[i]) as string;
    const cost = char === "^" ? 2 : 1;
    if (escapedLength + cost > MAX_SEARCH_LENGTH) break;
    escapedLength += cost;
    result = fromEnd ? char + result : result + char;
  }
  // Never split a surrogate pair: search would not find half a character.
  if (!fromEnd && /[\uD800-\uDBFF]$/.test(result)) result = result.slice(0, -1);
  if (fromEnd && /^[\uDC00-\uDFFF]/.test(result)) result = result.slice(1);
  return result;
}

/** One search: the text, which of Word's matches is ours, and how many matches Word must return for that to hold. */
export interface SearchTerm {
  text: string;
  occurrence: number;
  count: number;
}

/** One search, or a head and a tail to join with expandTo (text too long for one search, or split by hidden characters). */
export type SearchPlan = { kind: "single"; term: SearchTerm } | { kind: "head-tail"; head: SearchTerm; tail: SearchTerm };

function matchCount(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

function term(raw: string, text: string, start: number): SearchTerm | undefined {
  const occurrence = occurrenceIndex(raw, text, start);
  return occurrence === undefined ? undefined : { text, occurrence, count: matchCount(raw, text) };
}

/**
 * How to find runs of Word's paragraph text with search: one search for a single run that fits Word's cap, else
 * the head of the first run and the tail of the last, joined. Undefined when a piece overlaps an earlier match
 * (search cannot return it).
 */
export function planSearch(raw: string, spans: RawSpan[]): SearchPlan | undefined {
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return undefined;
  const firstText = raw.slice(first.start, first.end);
  if (spans.length === 1 && escapeSearchText(firstText).length <= MAX_SEARCH_LENGTH) {
    const single = term(raw, firstText, first.start);
    return single && { kind: "single", term: single };
  }
  const headText = fitting(firstText, false);
  const tailText = fitting(raw.slice(last.start, last.end), true);
  const head = term(raw, headText, first.start);
  const tail = term(raw, tailText, last.end - tailText.length);
  return head && tail ? { kind: "head-tail", head, tail } : undefined;
}
