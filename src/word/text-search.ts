import type { Location } from "../core/report";

/** Word caps search text at 255 characters, and each escape counts against the cap. */
export const MAX_SEARCH_LENGTH = 255;

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

export interface SearchTerm {
  text: string;
  occurrence: number;
}

/** One search, or a head and a tail to join with expandTo when the text is too long to search in one go. */
export type SearchPlan = { kind: "single"; term: SearchTerm } | { kind: "head-tail"; head: SearchTerm; tail: SearchTerm };

export function planSearch(paragraphText: string, location: Location): SearchPlan | undefined {
  const { text, start } = location;
  if (text.length === 0) return undefined;
  if (escapeSearchText(text).length <= MAX_SEARCH_LENGTH) {
    const occurrence = occurrenceIndex(paragraphText, text, start);
    return occurrence === undefined ? undefined : { kind: "single", term: { text, occurrence } };
  }
  const head = fitting(text, false);
  const tail = fitting(text, true);
  const headOccurrence = occurrenceIndex(paragraphText, head, start);
  const tailOccurrence = occurrenceIndex(paragraphText, tail, start + text.length - tail.length);
  if (headOccurrence === undefined || tailOccurrence === undefined) return undefined;
  return { kind: "head-tail", head: { text: head, occurrence: headOccurrence }, tail: { text: tail, occurrence: tailOccurrence } };
}

/** True when the paragraph still holds the finding's text where the check saw it. */
export function stillMatches(paragraphText: string | undefined, location: Location): paragraphText is string {
  return paragraphText !== undefined && paragraphText.slice(location.start, location.start + location.length) === location.text;
}
