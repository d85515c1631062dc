/**
 * Globs for shells that do not expand them (Windows, quoted arguments): `*` and `?` within one folder
 * name, `**` across folders, `[abc]` character classes and `{a,b}` alternatives.
 *
 * Matched by walking the pattern, never by turning user text into a regular expression: each name is
 * matched in time proportional to the pattern's length times the name's, whatever the pattern.
 */

/** A pattern that cannot be matched; the message completes "<pattern> is not a valid glob: …". */
export class GlobError extends Error {
  override readonly name = "GlobError";
}

/** `{a,b}{c,d}…` multiplies; past this many alternatives a pattern is a mistake, not a search. */
export const MAX_ALTERNATIVES = 256;

type Token = { kind: "star" } | { kind: "any" } | { kind: "literal"; character: string } | { kind: "class"; negated: boolean; ranges: [number, number][] };

type Segment = { kind: "globstar" } | { kind: "name"; tokens: Token[] };

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** The index of the `}` closing the `{` at `open`, or -1 when it is never closed. */
function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let index = open; index < pattern.length; index++) {
    if (pattern[index] === "{") depth++;
    else if (pattern[index] === "}" && --depth === 0) return index;
  }
  return -1;
}

/** Splits a brace body at its own commas, not those of braces nested in it. */
function alternativesOf(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    if (body[index] === "{") depth++;
    else if (body[index] === "}") depth--;
    else if (body[index] === "," && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** `*.{docx,md}` → `*.docx`, `*.md`. A `{` never closed, or with no comma, is an ordinary character. */
export function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const pending = [{ text: pattern, from: 0 }];
  while (pending.length > 0) {
    const { text, from } = pending.pop()!;
    let open = text.indexOf("{", from);
    let close = -1;
    let parts: string[] = [];
    while (open !== -1) {
      close = closingBrace(text, open);
      if (close === -1) {
        open = -1;
        break;
      }
      parts = alternativesOf(text.slice(open + 1, close));
      if (parts.length > 1) break;
      open = text.indexOf("{", open + 1);
    }
    if (open === -1) {
      done.push(text);
    } else {
      for (const part of parts.reverse()) pending.push({ text: `${text.slice(0, open)}${part}${text.slice(close + 1)}`, from: open });
    }
    if (done.length + pending.length > MAX_ALTERNATIVES) {
      throw new GlobError(`its {…} alternatives make more than ${MAX_ALTERNATIVES} patterns`);
    }
  }
  return done;
}

/** Parses `[…]` starting at `open` (code points); returns the class and where it ends, or undefined when unclosed. */
function parseClass(characters: string[], open: number): { token: Token; end: number } | undefined {
  let index = open + 1;
  const negated = characters[index] === "!" || characters[index] === "^";
  if (negated) index++;
  const first = index;
  const ranges: [number, number][] = [];
  // A "]" straight after "[" or "[!" is a member, as in every shell.
  while (index < characters.length && (characters[index] !== "]" || index === first)) {
    const low = characters[index];
    if (characters[index + 1] === "-" && index + 2 < characters.length && characters[index + 2] !== "]") {
      const high = characters[index + 2];
      if (high.codePointAt(0)! < low.codePointAt(0)!) {
        throw new GlobError(`the range [${low}-${high}] runs backwards (write it as [${high}-${low}])`);
      }
      ranges.push([low.codePointAt(0)!, high.codePointAt(0)!]);
      index += 3;
    } else {
      ranges.push([low.codePointAt(0)!, low.codePointAt(0)!]);
      index++;
    }
  }
  if (index >= characters.length) return undefined;
  return { token: { kind: "class", negated, ranges }, end: index };
}

function parseSegment(text: string): Segment {
  if (text === "**") return { kind: "globstar" };
  const characters = Array.from(text);
  const tokens: Token[] = [];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index];
    if (character === "*") {
      if (tokens.at(-1)?.kind !== "star") tokens.push({ kind: "star" });
    } else if (character === "?") {
      tokens.push({ kind: "any" });
    } else if (character === "[") {
      const parsed = parseClass(characters, index);
      if (parsed === undefined) tokens.push({ kind: "literal", character });
      else {
        tokens.push(parsed.token);
        index = parsed.end;
      }
    } else {
      tokens.push({ kind: "literal", character });
    }
  }
  return { kind: "name", tokens };
}

function matchesOne(token: Token, character: string): boolean {
  switch (token.kind) {
    case "any":
      return true;
    case "literal":
      return token.character === character;
    case "class": {
      const code = character.codePointAt(0)!;
      return token.ranges.some(([low, high]) => code >= low && code <= high) !== token.negated;
    }
    default:
      return false;
  }
}

/**
 * One folder or file name against one segment. Every token but `*` takes one character, so only the
 * last `*` needs remembering: on a mismatch it takes one more character and matching resumes after it.
 * A name starting with "." is matched only by a pattern that starts with a literal ".".
 */
function matchesName(tokens: Token[], name: string): boolean {
  const characters = Array.from(name);
  if (characters[0] === "." && !(tokens[0]?.kind === "literal" && tokens[0].character === ".")) return false;
  let token = 0;
  let position = 0;
  let starToken = -1;
  let starPosition = 0;
  while (position < characters.length) {
    const current = tokens[token];
    if (current !== undefined && current.kind === "star") {
      starToken = token++;
      starPosition = position;
    } else if (current !== undefined && matchesOne(current, characters[position])) {
      token++;
      position++;
    } else if (starToken >= 0) {
      token = starToken + 1;
      position = ++starPosition;
    } else {
      return false;
    }
  }
  while (tokens[token]?.kind === "star") token++;
  return token === tokens.length;
}

/** Which numbers of leading names the segments can match, one segment at a time: no backtracking. */
function matchesSegments(segments: Segment[], names: string[]): boolean {
  let reach = new Uint8Array(names.length + 1);
  reach[0] = 1;
  for (const segment of segments) {
    const next = new Uint8Array(names.length + 1);
    if (segment.kind === "globstar") {
      // Any number of folders, none of them hidden.
      let open = false;
      for (let index = 0; index <= names.length; index++) {
        if (reach[index]) open = true;
        if (open) next[index] = 1;
        if (index < names.length && names[index].startsWith(".")) open = false;
      }
    } else {
      for (let index = 0; index < names.length; index++) {
        if (reach[index] && matchesName(segment.tokens, names[index])) next[index + 1] = 1;
      }
    }
    reach = next;
  }
  return reach[names.length] === 1;
}

export interface Glob {
  /** Whether a path relative to the glob's base (forward slashes) matches. */
  matches(relativePath: string): boolean;
}

/** Compiles the part of a glob after its base; throws a GlobError for a pattern that cannot be matched. */
export function compileGlob(glob: string): Glob {
  const alternatives = expandBraces(glob).map((pattern) => pattern.split("/").map(parseSegment));
  return {
    matches: (relativePath) => {
      const names = relativePath.split("/");
      return alternatives.some((segments) => matchesSegments(segments, names));
    },
  };
}

/** The folder part before the first segment with glob characters: where the walk starts. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.replace(/\\/g, "/").split("/");
  const firstMagic = segments.findIndex(hasGlobMagic);
  const base = segments.slice(0, firstMagic).join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base, rest: segments.slice(firstMagic).join("/") };
}
