/**
 * What a council profile's regular expressions (placeholders.patterns) must be to run on RE2 (the re2js port),
 * which matches in time linear in the text's length whatever the pattern: JavaScript's own engine backtracks, so
 * one careless pattern such as (a+)+$ could keep a check busy for minutes on a long paragraph; on RE2 it cannot.
 * The price is that RE2 cannot express backreferences or lookarounds, and repeats at most 1,000 times: such a
 * pattern is refused when the profile loads, with a message that says so. Nothing here needs RE2 itself, so a
 * profile is validated without downloading the pattern engine (profile-patterns.ts loads it for a check).
 *
 * Profiles are written in JavaScript syntax (docs/PROFILES.md), so each pattern is translated: JavaScript's \s and
 * . are wider than RE2's (a no-break space is white space to JavaScript, and common in Word text), and a few
 * escapes are spelt differently.
 */

class PatternRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatternRefusedError";
  }
}

const MAX_CODE_POINT = 0x10ffff;
/** RE2's limit on a counted repeat, and on repeats nested inside one another, multiplied together. */
const MAX_REPEAT = 1000;

/** ECMAScript's WhiteSpace and LineTerminator: what JavaScript's \s matches. */
const SPACES: ReadonlyArray<readonly [number, number]> = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

const hex = (unit: number) => `\\x{${unit.toString(16)}}`;
const rangeText = ([from, to]: readonly [number, number]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`);

function complement(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const gaps: Array<[number, number]> = [];
  let next = 0;
  for (const [from, to] of ranges) {
    if (from > next) gaps.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) gaps.push([next, MAX_CODE_POINT]);
  return gaps;
}

/** Class contents (without brackets), so that they also work inside a class such as [\s\S]. */
const SPACE = SPACES.map(rangeText).join("");
const NOT_SPACE = complement(SPACES).map(rangeText).join("");
/** JavaScript's . without the s flag: anything but a line terminator. */
const ANY_BUT_LINE_END = `[^${hex(0x0a)}${hex(0x0d)}${hex(0x2028)}${hex(0x2029)}]`;
const PASSED_THROUGH = new Set(["d", "D", "w", "W", "b", "B", "n", "r", "t", "f"]);
const CLASS_ESCAPES = new Set(["d", "D", "w", "W", "s", "S"]);
const HEX = /^[0-9a-f]+$/i;
/** A counted repeat as JavaScript reads one without the u flag; any other { is a plain brace in both engines. */
const COUNTED_REPEAT = /^\{(\d+)(,(\d*))?\}/;
const LOOKAROUNDS = ["(?=", "(?!", "(?<=", "(?<!"];

/** Translates one escape (source[at] is the character after the backslash); returns the RE2 text and the characters used. */
function translateEscape(source: string, at: number, inClass: boolean): [string, number] {
  const char = source[at];
  if (char === "s" || char === "S") {
    const contents = char === "s" ? SPACE : NOT_SPACE;
    return [inClass ? contents : `[${contents}]`, 1];
  }
  if (char === "b" && inClass) return [hex(0x08), 1];
  if (char === "v") return [hex(0x0b), 1];
  if (PASSED_THROUGH.has(char)) return [`\\${char}`, 1];
  if (char === "u" && HEX.test(source.slice(at + 1, at + 5)) && source.length >= at + 5) return [hex(parseInt(source.slice(at + 1, at + 5), 16)), 5];
  if (char === "x" && HEX.test(source.slice(at + 1, at + 3)) && source.length >= at + 3) return [hex(parseInt(source.slice(at + 1, at + 3), 16)), 3];
  if (char === "c" && /^[a-z]$/i.test(source[at + 1] ?? "")) return [hex(source.charCodeAt(at + 1) % 32), 2];
  if (char === "0" && !/^\d$/.test(source[at + 1] ?? "")) return [hex(0), 1];
  if (/^\d$/.test(char) || (char === "k" && source[at + 1] === "<")) {
    const reference = char === "k" ? source.slice(at - 1, source.indexOf(">", at) + 1 || undefined) : `\\${char}`;
    throw new PatternRefusedError(`uses a backreference (“${reference}”), which the pattern engine cannot run; spell the text out instead`);
  }
  // Any other escaped letter stands for itself in JavaScript (without the u flag); RE2 would read some as classes.
  if (/^[a-z]$/i.test(char)) return [char, 1];
  return [/^[!-/:-@[-`{-~]$/.test(char) ? `\\${char}` : char, 1];
}

/** Whether source[at] starts a class escape (\d, \s, …): a - beside one is a plain hyphen in JavaScript, a bad range in RE2. */
const isClassEscape = (source: string, at: number) => source[at] === "\\" && CLASS_ESCAPES.has(source[at + 1]);

/**
 * Refuses a counted repeat of more than 1,000, or counted repeats inside one another whose counts multiply past 1,000,
 * as RE2 does. `last` is the largest such product in the last atom or group, which a count after it multiplies;
 * `inside` is the largest in the open group before that.
 */
class RepeatCounter {
  private readonly groups: number[] = [];
  private inside = 1;
  private last = 1;

  atom(): void {
    this.settle();
    this.last = 1;
  }
  open(): void {
    this.settle();
    this.last = 1;
    this.groups.push(this.inside);
    this.inside = 1;
  }
  close(): void {
    this.settle();
    this.last = this.inside;
    this.inside = this.groups.pop() ?? 1;
  }
  repeat(text: string, times: number): void {
    this.last *= times;
    if (this.last > MAX_REPEAT) throw new PatternRefusedError(`repeats something more than 1,000 times in all (“${text}”); at most 1,000 is allowed`);
  }
  private settle(): void {
    this.inside = Math.max(this.inside, this.last);
  }
}

/** JavaScript pattern syntax (no flags but i) to RE2's, with the same meaning; throws, saying why, what RE2 cannot express. */
export function re2Source(source: string): string {
  let out = "";
  let inClass = false;
  const repeats = new RepeatCounter();
  let afterClassEscape = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === "\\") {
      afterClassEscape = inClass && CLASS_ESCAPES.has(source[at + 1]);
      const [text, used] = translateEscape(source, at + 1, inClass);
      out += text;
      at += used;
      if (!inClass) repeats.atom();
    } else if (inClass) {
      if (char === "]") inClass = false;
      out += char === "-" && (afterClassEscape || isClassEscape(source, at + 1)) ? "\\-" : char;
      afterClassEscape = false;
    } else if (char === "[") {
      repeats.atom();
      // [] matches nothing and [^] anything in JavaScript; RE2 would read a ] there as a character of the class.
      if (source.startsWith("[]", at) || source.startsWith("[^]", at)) {
        const any = `${hex(0)}-${hex(MAX_CODE_POINT)}`;
        out += source[at + 1] === "]" ? `[^${any}]` : `[${any}]`;
        at += source[at + 1] === "]" ? 1 : 2;
      } else {
        inClass = true;
        out += char;
      }
    } else if (char === "(") {
      const opening = LOOKAROUNDS.find((candidate) => source.startsWith(candidate, at));
      if (opening) throw new PatternRefusedError(`uses a lookahead or lookbehind (“${opening}…)”), which the pattern engine cannot run; use \\b, ^ or $ instead`);
      repeats.open();
      // A named group is only a group here (backreferences are refused), so its name need not suit RE2.
      const named = source.startsWith("(?<", at) ? source.indexOf(">", at) : -1;
      if (named > 0) {
        out += "(";
        at = named;
      } else {
        out += char;
      }
    } else if (char === ")") {
      repeats.close();
      out += char;
    } else if (char === "{" && COUNTED_REPEAT.test(source.slice(at))) {
      const [text, least, comma, most] = COUNTED_REPEAT.exec(source.slice(at))!;
      repeats.repeat(text, Number(comma && most !== "" ? most : least));
      out += text;
      at += text.length - 1;
    } else {
      if (!"*+?|^$".includes(char)) repeats.atom();
      out += char === "." ? ANY_BUT_LINE_END : char;
    }
  }
  return out;
}

/** Why a profile could not use this pattern (a pattern JavaScript itself accepts), or undefined if it can. */
export function patternProblem(source: string): string | undefined {
  try {
    re2Source(source);
    return undefined;
  } catch (error) {
    if (error instanceof PatternRefusedError) return error.message;
    throw error;
  }
}
