/**
 * Heading comparison that tolerates what real records vary: case, punctuation, "(s)", plurals,
 * "&" for "and", leading numbering ("4. Financial Implications") and Markdown leftovers.
 */

import { isLetter, isLetterOrDigit } from "./letters";

export interface Token {
  /** Normalised form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

const NUMBERING = /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]|[ivxlc]{1,5})\)|\d{1,3}(?:\.\d{1,3})*\.?)\s+/i;

// A word is cut into pieces of at most 200 characters, where the pattern this scan replaced cut it (an unbounded run
// overflowed that engine's stack on a 20 MB "word"); no heading word comes near that length.
const MAX_RUN = 200;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** UTF-16 units of one code point: a letter outside the Basic Multilingual Plane takes two. */
const width = (code: number) => (code > 0xffff ? 2 : 1);

/** Where a run of at most MAX_RUN letters (and digits, unless `lettersOnly`) ends, from `index`. */
function runEnd(text: string, index: number, lettersOnly: boolean): number {
  let end = index;
  for (let count = 0; count < MAX_RUN && end < text.length; count++) {
    const code = text.codePointAt(end) as number;
    if (!(lettersOnly ? isLetter(code) : isLetterOrDigit(code))) break;
    end += width(code);
  }
  return end;
}

/**
 * Where the word starting at `start` ends: letters and digits, then any "'s" or "’s" parts, then "(s)". The same
 * words as /[\p{L}\p{N}]{1,200}(?:['’]\p{L}{1,200})*(?:\(s\))?/u, scanned by character code.
 */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start, false);
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code !== APOSTROPHE && code !== RIGHT_SINGLE_QUOTE) break;
    const after = runEnd(text, end + 1, true);
    if (after === end + 1) break;
    end = after;
  }
  return text.startsWith("(s)", end) ? end + 3 : end;
}

function normaliseWord(word: string): string {
  let norm = word.toLowerCase();
  if (norm.endsWith("(s)")) norm = norm.slice(0, -3);
  if (norm.includes("'") || norm.includes("’")) norm = norm.replace(/['’]/g, "");
  if (norm.length > 3 && norm.endsWith("s") && !norm.endsWith("ss")) norm = norm.slice(0, -1);
  return norm;
}

/** Length of a leading paragraph number ("4. ", "1.3 ", "a) ", "(ii) "), or 0. */
export function numberingLength(text: string): number {
  const match = NUMBERING.exec(text);
  return match ? match[0].length : 0;
}

/** Words of the text from `from`, at most `limit` of them (a heading never needs more than its first few); "&" is "and". */
export function tokenize(text: string, from = 0, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (tokens.length < limit && index < text.length) {
    const code = text.codePointAt(index) as number;
    if (code === AMPERSAND) {
      tokens.push({ norm: "and", start: index, end: index + 1 });
      index++;
    } else if (isLetterOrDigit(code)) {
      const end = wordEnd(text, index);
      tokens.push({ norm: normaliseWord(text.slice(index, end)), start: index, end });
      index = end;
    } else {
      index += width(code);
    }
  }
  return tokens;
}

/** Several rules compare the same paragraphs with the template's wording; remembering the last few thousand keeps that linear. */
const phraseCache = new Map<string, string>();
const PHRASE_CACHE_SIZE = 20_000;

export function normalisePhrase(text: string): string {
  const cached = phraseCache.get(text);
  if (cached !== undefined) return cached;
  const phrase = tokenize(text)
    .map((token) => token.norm)
    .join(" ");
  if (text.length > 2_000) return phrase;
  if (phraseCache.size >= PHRASE_CACHE_SIZE) phraseCache.clear();
  phraseCache.set(text, phrase);
  return phrase;
}
