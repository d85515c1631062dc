/**
 * Screens the regular expressions a council profile supplies (placeholders.patterns) for catastrophic
 * backtracking before any of them runs. JavaScript's engine backtracks, so one careless pattern can keep the
 * task pane busy for minutes on a long paragraph; Office restarts an add-in that stops answering for 5 seconds.
 *
 * The analysis is deliberately conservative: it refuses some patterns that would in fact be fast, and never
 * needs to run one. A pattern is refused when it has
 *  - a backreference (\1, \k<name>), or a lookahead or lookbehind, which this analysis does not reason about;
 *  - a repeat of more than 1,000;
 *  - inside a repeated group (one that can match more than once): a repeat of variable length (*, +, ?, {m,n}),
 *    an alternative that can match nothing, or alternatives that can start with the same character
 *    (all the ways to exponential time: (a+)+, (a|a)*, (\w+\s?)*);
 *  - a repeated part that can match nothing at all;
 *  - two variable-length repeats that can match the same characters with nothing between them that stops the
 *    hand-over (\s*\s*, .*a.*b), or one that can start at many places in the same run of text (\s+$, \d+\.\d+),
 *    when something after them can still fail: the ways to time growing with a power of the text's length;
 *  - more than 256 ways to try the optional parts and alternatives that start alike at one place in the text.
 * Characters are compared case-insensitively, as the patterns run with the i flag.
 */

const UNITS = 0x10000;
const MAX_REPEAT = 1000;
const MAX_WAYS = 256;

/** A set of UTF-16 code units, as a bit set: patterns run without the u flag. */
class CharSet {
  readonly bits = new Uint32Array(UNITS / 32);

  static of(...units: number[]): CharSet {
    const set = new CharSet();
    for (const unit of units) set.add(unit);
    return set;
  }

  static range(from: number, to: number): CharSet {
    return new CharSet().addRange(from, to);
  }

  add(unit: number): this {
    this.bits[unit >>> 5] |= 1 << (unit & 31);
    return this;
  }

  addRange(from: number, to: number): this {
    for (let unit = from; unit <= to; unit++) this.add(unit);
    return this;
  }

  has(unit: number): boolean {
    return (this.bits[unit >>> 5] & (1 << (unit & 31))) !== 0;
  }

  addAll(other: CharSet): this {
    for (let i = 0; i < this.bits.length; i++) this.bits[i] |= other.bits[i];
    return this;
  }

  negated(): CharSet {
    const set = new CharSet();
    for (let i = 0; i < this.bits.length; i++) set.bits[i] = ~this.bits[i];
    return set;
  }

  intersection(other: CharSet): CharSet {
    const set = new CharSet();
    for (let i = 0; i < this.bits.length; i++) set.bits[i] = this.bits[i] & other.bits[i];
    return set;
  }

  isEmpty(): boolean {
    return this.bits.every((word) => word === 0);
  }

  meets(other: CharSet): boolean {
    return this.bits.some((word, i) => (word & other.bits[i]) !== 0);
  }

  within(other: CharSet): boolean {
    return this.bits.every((word, i) => (word & ~other.bits[i]) === 0);
  }

  /** Every character the i flag lets match one of these. */
  caseClosed(): CharSet {
    const set = new CharSet().addAll(this);
    for (const group of caseGroups()) {
      if (group.some((unit) => this.has(unit))) for (const unit of group) set.add(unit);
    }
    return set;
  }
}

let groups: number[][] | undefined;

/** Characters the i flag treats as one (ECMAScript Canonicalize without u: upper case, never non-ASCII to ASCII). */
function caseGroups(): number[][] {
  if (groups) return groups;
  const byCanonical = new Map<number, number[]>();
  for (let unit = 0; unit < UNITS; unit++) {
    const upper = String.fromCharCode(unit).toUpperCase();
    const canonical = upper.length === 1 && !(unit >= 128 && upper.charCodeAt(0) < 128) ? upper.charCodeAt(0) : unit;
    const group = byCanonical.get(canonical);
    if (group) group.push(unit);
    else byCanonical.set(canonical, [unit]);
  }
  groups = [...byCanonical.values()].filter((group) => group.length > 1);
  return groups;
}

const DIGIT = CharSet.range(0x30, 0x39);
const WORD = CharSet.range(0x30, 0x39).addRange(0x41, 0x5a).addRange(0x61, 0x7a).add(0x5f);
const SPACE = CharSet.of(0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff).addRange(0x2000, 0x200a);
const LINE_END = CharSet.of(0x0a, 0x0d, 0x2028, 0x2029);
const ANY = new CharSet().negated();
const DOT = LINE_END.negated();

type Node =
  | { kind: "chars"; set: CharSet; from: number; to: number }
  | { kind: "assert"; what: "^" | "$" | "\\b" | "\\B"; from: number; to: number }
  | { kind: "alt"; options: Node[][]; from: number; to: number }
  | { kind: "repeat"; body: Node; min: number; max: number; from: number; to: number };

/** Why a pattern is refused: the text follows the field's path in the ProfileError. */
class Refusal extends Error {}

function unsupported(source: string, at: number): Refusal {
  return new Refusal(
    `uses syntax this check cannot analyse (${cite(source.slice(at, at + 3))} at character ${at + 1}); use plain characters, classes, groups, alternatives and repeats`,
  );
}

/** A reader for JavaScript patterns without the u flag, including the web-compatibility syntax (Annex B). */
class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation(0);
    if (this.at < this.source.length) throw unsupported(this.source, this.at);
    return node;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? "";
  }

  private alternation(from: number): Node & { kind: "alt" } {
    const options: Node[][] = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      options.push(this.sequence());
    }
    return { kind: "alt", options, from, to: this.at };
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.atom();
      items.push(atom.kind === "assert" ? atom : this.quantified(atom));
    }
    return items;
  }

  private quantified(atom: Node): Node {
    const bounds = this.quantifier();
    if (!bounds) return atom;
    if (this.peek() === "?") this.at++; // lazy or greedy backtrack alike
    return { kind: "repeat", body: atom, min: bounds.min, max: bounds.max, from: atom.from, to: this.at };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const char = this.peek();
    if (char === "*" || char === "+" || char === "?") {
      this.at++;
      return { min: char === "+" ? 1 : 0, max: char === "?" ? 1 : Infinity };
    }
    if (char !== "{") return undefined;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!braces) return undefined; // a literal "{", as the web-compatibility syntax allows
    this.at += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === "" ? Infinity : Number(braces[3]);
    return { min, max };
  }

  private atom(): Node {
    const from = this.at;
    const char = this.peek();
    this.at++;
    const chars = (set: CharSet): Node => ({ kind: "chars", set: set.caseClosed(), from, to: this.at });
    switch (char) {
      case "^":
      case "$":
        return { kind: "assert", what: char, from, to: this.at };
      case ".":
        return chars(DOT);
      case "[":
        return chars(this.characterClass());
      case "(":
        return this.group(from);
      case "\\":
        return this.escape(from);
      case "*":
      case "+":
      case "?":
        throw unsupported(this.source, from);
      default:
        return chars(CharSet.of(char.charCodeAt(0)));
    }
  }

  private group(from: number): Node {
    if (this.source.startsWith("?=", this.at) || this.source.startsWith("?!", this.at) || this.source.startsWith("?<=", this.at) || this.source.startsWith("?<!", this.at)) {
      const close = this.source.indexOf(")", this.at);
      throw new Refusal(
        `uses a lookahead or lookbehind (${cite(this.source.slice(from, close < 0 ? undefined : close + 1))}), which this check cannot prove safe; rewrite it without one`,
      );
    }
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (this.peek() === "?") {
      const name = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at));
      if (!name) throw unsupported(this.source, from);
      this.at += name[0].length;
    }
    const body = this.alternation(from);
    if (this.peek() !== ")") throw unsupported(this.source, this.at);
    this.at++;
    return { ...body, from, to: this.at };
  }

  private escape(from: number): Node {
    const char = this.peek();
    if (char === "b" || char === "B") {
      this.at++;
      return { kind: "assert", what: char === "b" ? "\\b" : "\\B", from, to: this.at };
    }
    if (/^[1-9k]$/.test(char)) {
      throw new Refusal(`uses a backreference (${cite(this.source.slice(from, from + 2))}), which can take exponential time; rewrite it without one`);
    }
    return { kind: "chars", set: this.escapedChars(from, false).caseClosed(), from, to: this.at };
  }

  /** The characters an escape stands for, inside or outside a class. The backslash is at `from`. */
  private escapedChars(from: number, inClass: boolean): CharSet {
    const char = this.peek();
    this.at++;
    const hex = (length: number): number | undefined => {
      const digits = this.source.slice(this.at, this.at + length);
      if (digits.length !== length || !/^[0-9A-Fa-f]+$/.test(digits)) return undefined;
      this.at += length;
      return parseInt(digits, 16);
    };
    switch (char) {
      case "d":
        return DIGIT;
      case "D":
        return DIGIT.negated();
      case "w":
        return WORD;
      case "W":
        return WORD.negated();
      case "s":
        return SPACE;
      case "S":
        return SPACE.negated();
      case "t":
        return CharSet.of(0x09);
      case "n":
        return CharSet.of(0x0a);
      case "v":
        return CharSet.of(0x0b);
      case "f":
        return CharSet.of(0x0c);
      case "r":
        return CharSet.of(0x0d);
      case "b":
        return CharSet.of(0x08); // only reached inside a class, where \b is a backspace
      case "0":
        if (/^[0-9]$/.test(this.peek())) throw unsupported(this.source, from);
        return CharSet.of(0);
      case "c": {
        const letter = this.peek();
        if (!/^[A-Za-z]$/.test(letter)) throw unsupported(this.source, from);
        this.at++;
        return CharSet.of(letter.charCodeAt(0) % 32);
      }
      case "x":
      case "u": {
        const unit = hex(char === "x" ? 2 : 4);
        return CharSet.of(unit ?? char.charCodeAt(0));
      }
      case "":
        throw unsupported(this.source, from);
      default:
        if (inClass && /^[0-9]$/.test(char)) throw unsupported(this.source, from);
        return CharSet.of(char.charCodeAt(0));
    }
  }

  /** After "[": the class up to and including "]". */
  private characterClass(): CharSet {
    const negate = this.peek() === "^";
    if (negate) this.at++;
    const set = new CharSet();
    const member = (): { set: CharSet; unit?: number } => {
      const from = this.at;
      if (this.peek() === "\\") {
        this.at++;
        const escaped = this.escapedChars(from, true);
        const classEscape = /^\\[dDwWsS]/.test(this.source.slice(from));
        return classEscape ? { set: escaped } : { set: escaped, unit: firstUnit(escaped) };
      }
      const unit = this.source.charCodeAt(this.at);
      this.at++;
      return { set: CharSet.of(unit), unit };
    };
    while (this.peek() !== "]") {
      if (this.at >= this.source.length) throw unsupported(this.source, this.at);
      const low = member();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== "") {
        this.at++;
        const high = member();
        if (low.unit !== undefined && high.unit !== undefined) set.addRange(low.unit, high.unit);
        else set.addAll(low.set).addAll(high.set).add(0x2d); // "\d-z" is \d, "-" and "z" in the web syntax
      } else {
        set.addAll(low.set);
      }
    }
    this.at++;
    return negate ? set.negated() : set;
  }
}

function firstUnit(set: CharSet): number | undefined {
  for (let unit = 0; unit < UNITS; unit++) if (set.has(unit)) return unit;
  return undefined;
}

function cite(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

function nullable(node: Node): boolean {
  switch (node.kind) {
    case "chars":
      return false;
    case "assert":
      return true;
    case "alt":
      return node.options.some((option) => option.every(nullable));
    case "repeat":
      return node.min === 0 || nullable(node.body);
  }
}

/** The characters a node's match can start with (empty for an assertion). */
function firstChars(node: Node): CharSet {
  switch (node.kind) {
    case "chars":
      return node.set;
    case "assert":
      return new CharSet();
    case "alt":
      return node.options.reduce((set, option) => set.addAll(sequenceFirstChars(option)), new CharSet());
    case "repeat":
      return node.max === 0 ? new CharSet() : firstChars(node.body);
  }
}

function sequenceFirstChars(items: Node[]): CharSet {
  const set = new CharSet();
  for (const item of items) {
    set.addAll(firstChars(item));
    if (!nullable(item)) break;
  }
  return set;
}

/** Every character anywhere in a node's match. */
function allChars(node: Node): CharSet {
  switch (node.kind) {
    case "chars":
      return node.set;
    case "assert":
      return new CharSet();
    case "alt":
      return node.options.flat().reduce((set, item) => set.addAll(allChars(item)), new CharSet());
    case "repeat":
      return allChars(node.body);
  }
}

type Repeat = Node & { kind: "repeat" };

/** Can match more than once: the body may be tried again after a later failure. */
const repeats = (node: Repeat) => node.max > 1;
const varies = (node: Repeat) => node.min !== node.max;

/** Ways to exponential time, and repeats too large to be sensible. Returns how many ways the node can be tried. */
function screen(source: string, node: Node, inside: Repeat | undefined): number {
  const text = (part: Node) => cite(source.slice(part.from, part.to));
  switch (node.kind) {
    case "chars":
    case "assert":
      return 1;
    case "alt": {
      const starts = node.options.map(sequenceFirstChars);
      const empty = node.options.map((option) => option.every(nullable));
      const alike = node.options.some((_, i) => empty[i] || starts.some((other, j) => i !== j && other.meets(starts[i])));
      if (inside && node.options.length > 1) {
        if (empty.some(Boolean)) {
          throw new Refusal(
            `could take exponential time on some text (an alternative in ${text(node)} can match nothing, inside the repeated ${text(inside)}); remove the empty alternative`,
          );
        }
        if (alike) {
          throw new Refusal(
            `could take exponential time on some text (alternatives in ${text(node)} can start with the same character, inside the repeated ${text(inside)}); make each alternative start differently, or do not repeat them`,
          );
        }
      }
      const ways = node.options.map((option) => option.reduce((product, item) => product * screen(source, item, inside), 1));
      // Alternatives that start differently: at any place in the text only one of them gets past its first character.
      return alike ? ways.reduce((sum, count) => sum + count, 0) : Math.max(...ways);
    }
    case "repeat": {
      if (node.min > MAX_REPEAT || (node.max !== Infinity && node.max > MAX_REPEAT)) {
        const most = node.max === Infinity ? node.min : node.max;
        throw new Refusal(`repeats something up to ${most.toLocaleString("en-GB")} times (${text(node)}); at most ${MAX_REPEAT.toLocaleString("en-GB")} is allowed`);
      }
      if (inside && varies(node)) {
        throw new Refusal(`could take exponential time on some text (${text(node)} repeats inside the repeated ${text(inside)}); rewrite it without nested repetition`);
      }
      if (repeats(node) && nullable(node.body)) {
        throw new Refusal(`could take exponential time on some text (${text(node)} repeats something that can match no text); repeat only something that matches at least one character`);
      }
      const body = screen(source, node.body, repeats(node) ? node : inside);
      if (repeats(node)) return varies(node) ? 1 : body ** node.max;
      return node.min === 0 ? body + 1 : body;
    }
  }
}

/**
 * A map of the pattern as a graph of steps: characters, assertions and loops (variable repeats). Fixed repeats
 * are walked once, as their characters are what matters here; what is inside a loop is folded into the loop.
 */
interface Step {
  kind: "chars" | "assert" | "loop";
  set: CharSet;
  what?: "^" | "$" | "\\b" | "\\B";
  optional: boolean;
  node?: Node;
  next: number[];
}

function graph(root: Node): { steps: Step[]; start: number; end: number } {
  // The engine tries a match at every place in the text: as if the pattern began with a loop over anything.
  const steps: Step[] = [{ kind: "loop", set: ANY, optional: true, next: [] }];
  const add = (step: Omit<Step, "next">, from: number[]): number => {
    steps.push({ ...step, next: [] });
    const index = steps.length - 1;
    for (const previous of from) steps[previous].next.push(index);
    return index;
  };
  const walk = (node: Node, from: number[]): number[] => {
    switch (node.kind) {
      case "chars":
        return [add({ kind: "chars", set: node.set, optional: false }, from)];
      case "assert":
        return [add({ kind: "assert", set: new CharSet(), what: node.what, optional: true }, from)];
      case "alt":
        return node.options.flatMap((option) => option.reduce((exits, item) => walk(item, exits), from));
      case "repeat":
        if (repeats(node) && varies(node)) {
          const loop = add({ kind: "loop", set: allChars(node.body), optional: node.min === 0, node }, from);
          return node.min === 0 ? [loop, ...from] : [loop];
        }
        if (node.max === 0) return from;
        return node.min === 0 ? [...walk(node.body, from), ...from] : walk(node.body, from);
    }
  };
  const exits = walk(root, [0]);
  const end = add({ kind: "assert", set: new CharSet(), optional: true }, exits);
  return { steps, start: 0, end };
}

/** Ways to time that grows with a power of the text's length: two loops that can pass the same text between them. */
function screenLoops(source: string, root: Node): void {
  const { steps, start, end } = graph(root);
  const loops = steps.map((step, index) => ({ step, index })).filter(({ step }) => step.kind === "loop");

  /** Whether the walk from the steps after `from`, going on only through steps `passes` lets through, reaches `target`. */
  const reaches = (from: number, target: number, passes: (step: (typeof steps)[number]) => boolean): boolean => {
    const seen = new Set<number>();
    const pending = [...steps[from].next];
    while (pending.length > 0) {
      const index = pending.pop() as number;
      if (index === target) return true;
      if (seen.has(index)) continue;
      seen.add(index);
      if (passes(steps[index])) pending.push(...steps[index].next);
    }
    return false;
  };

  /** Whether the steps after `loop` can fail; if they cannot, the match succeeds as soon as the loop ends. */
  const canFailAfter = (loop: number): boolean => !reaches(loop, end, (step) => step.kind === "loop" && step.optional);

  /** Whether text made only of `shared` characters can lead from the first loop to the second. */
  const leads = (from: number, to: number, shared: CharSet): boolean =>
    reaches(from, to, (step) =>
      step.kind === "assert" ? step.what === "\\B" || (step.what === "\\b" && shared.meets(WORD) && !shared.within(WORD)) : step.optional || step.set.meets(shared),
    );

  for (const first of loops) {
    for (const second of loops) {
      if (second.index === first.index || second.index === start) continue;
      const shared = first.step.set.intersection(second.step.set);
      if (shared.isEmpty() || !leads(first.index, second.index, shared) || !canFailAfter(second.index)) continue;
      const later = cite(source.slice(second.step.node!.from, second.step.node!.to));
      if (first.index === start) {
        throw new Refusal(
          `could take time that grows with the square of the text's length or faster (${later} can start at many places in the same run of characters, and what follows can fail); begin the pattern with ^, or with something ${later} cannot match`,
        );
      }
      const earlier = cite(source.slice(first.step.node!.from, first.step.node!.to));
      throw new Refusal(
        `could take time that grows with the square of the text's length or faster (${earlier} and ${later} can match the same characters, one after the other); separate them with something neither can match, or make them one`,
      );
    }
  }
}

/**
 * Why a profile pattern (JavaScript syntax, run with the i flag) is refused, in words for the council's admin;
 * undefined when it is safe to run. The pattern must already be known to compile.
 */
export function patternProblem(source: string): string | undefined {
  try {
    const root = new Parser(source).parse();
    const ways = screen(source, root, undefined);
    if (ways > MAX_WAYS) {
      return `could take a long time on some text (its optional parts and alternatives that start alike combine in ${ways > 1e6 ? "millions of" : ways.toLocaleString("en-GB")} ways); simplify it, at most ${MAX_WAYS} ways are allowed`;
    }
    screenLoops(source, root);
    return undefined;
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    throw error;
  }
}
