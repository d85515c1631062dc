/**
 * Trimming a set of characters from the ends of a string. A loop rather than /[…]+$/, which backtracks
 * quadratically on a long run of those characters followed by something else.
 */
export function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

export function trimStartOf(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && characters.includes(text[start])) start++;
  return text.slice(start);
}

export const WHITESPACE = " \t\n\r\f\v\u00a0\u2028\u2029\ufeff";
