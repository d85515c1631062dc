/**
 * Heading comparison that tolerates what real records vary: case, punctuation, "(s)", plurals,
 * "&" for "and", leading numbering ("4. Financial Implications") and Markdown leftovers.
 */

export interface Token {
  /** Normalised form used for comparison. */
  norm: string;
  start: number;
  end: number;
}

// A word is cut into pieces of at most 200 characters: an unbounded run lets a 20 MB "word" overflow the
// regular-expression engine's stack, and no heading word comes near that length.
const WORD = /[\p{L}\p{N}]{1,200}(?:['’]\p{L}{1,200})*(?:\(s\))?|&/gu;
const NUMBERING = /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]|[ivxlc]{1,5})\)|\d{1,3}(?:\.\d{1,3})*\.?)\s+/i;

function normaliseWord(word: string): string {
  if (word === "&") return "and";
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

/** Words of the text from `from`, at most `limit` of them (a heading never needs more than its first few). */
export function tokenize(text: string, from = 0, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  // The limit is checked before the next search: a heading's first word must not cost a second search for its next.
  while (tokens.length < limit) {
    const match = WORD.exec(text);
    if (!match) break;
    tokens.push({ norm: normaliseWord(match[0]), start: match.index, end: match.index + match[0].length });
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
