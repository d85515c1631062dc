/**
 * Control characters (C0, DEL, C1), the bidirectional controls that reorder what a terminal shows,
 * and the Unicode line and paragraph separators. Any of them in a file name, document text or a
 * message could clear the screen, retitle the window, forge a line of the report or hide words.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Text for a terminal or a log: every unprintable character written out as an escape, so one line stays one line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}
