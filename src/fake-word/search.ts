import { ErrorCodes, FakeOfficeError, notModelled } from "./errors";

/**
 * Word's search text, as the fake understands it. Word treats `^` as the start of a special code even with
 * wildcards off; the fake supports these codes and rejects any other with InvalidArgument, as Word does:
 *
 *   ^^  a literal caret          ^t  tab                    ^s  non-breaking space (U+00A0)
 *   ^~  non-breaking hyphen      ^-  optional hyphen (U+00AD)
 *   ^?  any one character        ^#  any digit              ^$  any letter
 *   ^w  white space (one or more spaces, tabs or non-breaking spaces)
 *
 * `^p` (paragraph mark) is not modelled: a search never crosses paragraphs in the fake. Wildcard searches,
 * ignorePunct and ignoreSpace are not modelled either and throw NotImplemented, so nothing silently differs.
 */
export const MAX_SEARCH_LENGTH = 255;

export interface SearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  matchWildcards?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

const SPECIAL_CODES: Record<string, string> = {
  "^": "\\^",
  t: "\\t",
  s: "\\u00A0",
  "~": "\\u2011",
  "-": "\\u00AD",
  "?": "[^]",
  "#": "\\p{Nd}",
  $: "\\p{L}",
  w: "[ \\t\\u00A0]+",
};

function escapeRegExp(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

function compileSearchText(searchText: string): string {
  let pattern = "";
  for (let i = 0; i < searchText.length; i++) {
    const char = searchText[i] as string;
    if (char !== "^") {
      pattern += escapeRegExp(char);
      continue;
    }
    const code = searchText[i + 1];
    if (code === "p") throw notModelled("the ^p paragraph-mark code in search");
    const compiled = code === undefined ? undefined : SPECIAL_CODES[code];
    if (compiled === undefined) {
      throw new FakeOfficeError(
        ErrorCodes.invalidArgument,
        `'^${code ?? ""}' is not a valid special character for the Find What box.`,
      );
    }
    pattern += compiled;
    i++;
  }
  return pattern;
}

export function validateSearch(searchText: string, options: SearchOptions): void {
  if (searchText.length === 0) throw new FakeOfficeError(ErrorCodes.invalidArgument, "The search text is empty.");
  if (searchText.length > MAX_SEARCH_LENGTH) {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `The search string is longer than ${MAX_SEARCH_LENGTH} characters.`);
  }
  if (options.matchWildcards) throw notModelled("wildcard search");
  if (options.ignorePunct || options.ignoreSpace) throw notModelled("ignorePunct / ignoreSpace search options");
}

/** Non-overlapping matches, left to right, like Word's Find: [start, end) offsets into `text`. */
export function findMatches(text: string, searchText: string, options: SearchOptions): [number, number][] {
  validateSearch(searchText, options);
  let pattern = compileSearchText(searchText);
  const wordChar = "[\\p{L}\\p{N}_]";
  if (options.matchWholeWord || options.matchPrefix) pattern = `(?<!${wordChar})${pattern}`;
  if (options.matchWholeWord || options.matchSuffix) pattern = `${pattern}(?!${wordChar})`;
  const regex = new RegExp(pattern, options.matchCase ? "gu" : "giu");
  const matches: [number, number][] = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    matches.push([match.index, match.index + match[0].length]);
  }
  return matches;
}
