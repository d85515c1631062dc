/**
 * Letters and digits of any script, as \p{L} and \p{N} define them, tested one code point at a time. Word scans run
 * over every paragraph several times per check; a character test here is a table read where the regular expression
 * was a search with a match object per word.
 */

const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;

/** Classes of the Basic Multilingual Plane, filled in as characters are met (0: not yet seen). */
const basicPlane = new Uint8Array(0x10000);

function classify(code: number): number {
  const character = String.fromCodePoint(code);
  if (/\p{L}/u.test(character)) return LETTER;
  return /\p{N}/u.test(character) ? DIGIT : OTHER;
}

function classOf(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return LETTER;
    return code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
  }
  if (code > 0xffff) return classify(code);
  if (basicPlane[code] === 0) basicPlane[code] = classify(code);
  return basicPlane[code];
}

/** \p{L} */
export function isLetter(code: number): boolean {
  return classOf(code) === LETTER;
}

/** [\p{L}\p{N}] */
export function isLetterOrDigit(code: number): boolean {
  return classOf(code) !== OTHER;
}
