import { InputError } from "./errors";
import { count, DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { parsePart, wordAttr, wordName } from "./xml";
import type { XmlTag } from "./xml";
import { readOnce } from "./part-memo";
import type { PartMemo } from "./part-memo";
import type { ZipPackage } from "./zip";
import { SMALL_PART_BYTES } from "./relationships";
import { integerAttr } from "./styles";
import type { NumberingReference, StyleSheet } from "./styles";

interface Level {
  start: number;
  format: string;
  text: string;
  /** "Legal" numbering shows every level's number in decimal. */
  legal: boolean;
  /** w:lvlRestart 0: this level never restarts. */
  neverRestarts: boolean;
}

interface AbstractNumbering {
  levels: Map<number, Level>;
  /** A list defined through a numbering style (w:numStyleLink) takes its levels from that style's list. */
  styleLink?: string;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

const MAX_LEVELS = 9;

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const numerals: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let rest = value;
  let roman = "";
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      roman += numeral;
      rest -= amount;
    }
  }
  return roman;
}

/** Word's letters run a..z, then aa..zz, then aaa..: the letter repeats, it does not carry like base 26. */
function lettersLength(value: number): number {
  return Math.floor((value - 1) / 26) + 1;
}

function toLetters(value: number): string {
  if (value <= 0) return String(value);
  return String.fromCharCode(97 + ((value - 1) % 26)).repeat(lettersLength(value));
}

/** The length formatNumber's result would have, worked out without building it. */
function formattedLength(value: number, format: string): number {
  return (format === "lowerLetter" || format === "upperLetter") && value > 0 ? lettersLength(value) : formatNumber(Math.min(value, 1e15), format).length;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return toLetters(value);
    case "upperLetter":
      return toLetters(value).toUpperCase();
    case "lowerRoman":
      return toRoman(value).toLowerCase();
    case "upperRoman":
      return toRoman(value);
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "none":
      return "";
    default:
      return String(value);
  }
}

/** Symbol and Wingdings bullets sit in the Private Use Area; show them as the bullet a reader sees. */
function visibleBullet(text: string): string {
  return /[\uf000-\uf0ff]/.test(text) ? "•" : text;
}

/** Computes the label Word shows for each numbered paragraph, in document order. */
export class ListNumbering {
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(
    private readonly abstracts: Map<string, AbstractNumbering>,
    private readonly instances: Map<string, NumberingInstance>,
    private readonly styles: StyleSheet,
    private readonly maxLabelChars: number = DEFAULT_WORK_LIMITS.maxListLabelChars,
  ) {}

  static empty(styles: StyleSheet): ListNumbering {
    return new ListNumbering(new Map(), new Map(), styles);
  }

  private labelTooLong(): InputError {
    return new InputError(`is not a safe Word document: a list label is longer than ${count(this.maxLabelChars)} characters`);
  }

  private abstractOf(instance: NumberingInstance): AbstractNumbering | undefined {
    const abstract = this.abstracts.get(instance.abstractId);
    if (abstract?.styleLink === undefined) return abstract;
    const linked = this.styles.numberingOfStyle(abstract.styleLink);
    const linkedInstance = linked === undefined ? undefined : this.instances.get(linked.numId);
    return linkedInstance ? this.abstracts.get(linkedInstance.abstractId) ?? abstract : abstract;
  }

  private levelOf(instance: NumberingInstance, abstract: AbstractNumbering | undefined, ilvl: number): Level | undefined {
    return instance.levelOverrides.get(ilvl) ?? abstract?.levels.get(ilvl);
  }

  /** The rendered label ("2.1", "b)", "•"), or undefined when the list is not defined. */
  next(reference: NumberingReference): string | undefined {
    const instance = this.instances.get(reference.numId);
    if (!instance) return undefined;
    const ilvl = Math.min(Math.max(reference.ilvl, 0), MAX_LEVELS - 1);
    const abstract = this.abstractOf(instance);
    const level = this.levelOf(instance, abstract, ilvl);
    if (!level) return undefined;

    // A list instance that restarts numbering (w:startOverride) counts on its own; others continue
    // the abstract list they share, as Word does.
    const restarts = instance.startOverrides.size > 0;
    const key = restarts ? `num:${reference.numId}` : `abstract:${instance.abstractId}`;
    let counters = this.counters.get(key);
    const startOf = (index: number): number =>
      instance.startOverrides.get(index) ?? this.levelOf(instance, abstract, index)?.start ?? 1;
    if (!counters) {
      counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      if (!this.levelOf(instance, abstract, deeper)?.neverRestarts) counters[deeper] = undefined;
    }

    // The label is measured as it is built: a level's text or a high letter value could otherwise run to millions.
    if (level.text.length > this.maxLabelChars) throw this.labelTooLong();
    if (level.format === "bullet") return visibleBullet(level.text);
    let length = level.text.length;
    return level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const index = Number(digit) - 1;
      const value = counters![index] ?? startOf(index);
      const format = level.legal ? "decimal" : this.levelOf(instance, abstract, index)?.format ?? "decimal";
      length += formattedLength(value, format) - 2;
      if (length > this.maxLabelChars) throw this.labelTooLong();
      return formatNumber(value, format);
    });
  }
}

/** What a numbering part defines, as read; each document counts its lists afresh over it. */
export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  instances: Map<string, NumberingInstance>;
}

/** The document's list numbering; `memo` keeps numbering parts read before, to be reused when a later document stores the same. */
export async function readNumbering(
  pkg: ZipPackage,
  part: string | undefined,
  styles: StyleSheet,
  limits: WorkLimits = DEFAULT_WORK_LIMITS,
  memo?: PartMemo<NumberingDefinitions>,
): Promise<ListNumbering> {
  if (part === undefined || !pkg.has(part)) return ListNumbering.empty(styles);
  const { abstracts, instances } = await readOnce(memo, pkg, part, SMALL_PART_BYTES, [limits], () => parseNumbering(pkg, part, limits));
  return new ListNumbering(abstracts, instances, styles, limits.maxListLabelChars);
}

async function parseNumbering(pkg: ZipPackage, part: string, limits: WorkLimits): Promise<NumberingDefinitions> {
  /** A start value past the cap refuses the file: every label counts up from it. */
  const startValue = (tag: XmlTag): number => {
    const value = integerAttr(tag) ?? 1;
    if (Math.abs(value) > limits.maxListStart) {
      throw new InputError(`is not a safe Word document: a list's start value is beyond ±${count(limits.maxListStart)}`);
    }
    return value;
  };
  const abstracts = new Map<string, AbstractNumbering>();
  const instances = new Map<string, NumberingInstance>();
  let abstract: AbstractNumbering | undefined;
  let instance: NumberingInstance | undefined;
  let level: (Level & { ilvl: number }) | undefined;
  let overrideLevel: number | undefined;

  await parsePart(
    pkg,
    part,
    {
      open(tag) {
        switch (wordName(tag)) {
          case "abstractNum":
            abstract = { levels: new Map() };
            abstracts.set(wordAttr(tag, "abstractNumId") ?? "", abstract);
            break;
          case "num":
            instance = { abstractId: "", startOverrides: new Map(), levelOverrides: new Map() };
            instances.set(wordAttr(tag, "numId") ?? "", instance);
            break;
          case "abstractNumId":
            if (instance) instance.abstractId = wordAttr(tag, "val") ?? "";
            break;
          case "numStyleLink":
            if (abstract) abstract.styleLink = wordAttr(tag, "val");
            break;
          case "lvlOverride":
            overrideLevel = integerAttr(tag, "ilvl");
            break;
          case "startOverride":
            if (instance && overrideLevel !== undefined) instance.startOverrides.set(overrideLevel, startValue(tag));
            break;
          case "lvl":
            level = { ilvl: integerAttr(tag, "ilvl") ?? 0, start: 1, format: "decimal", text: "", legal: false, neverRestarts: false };
            break;
          case "start":
            if (level) level.start = startValue(tag);
            break;
          case "numFmt":
            if (level) level.format = wordAttr(tag, "val") ?? "decimal";
            break;
          case "lvlText":
            if (level) level.text = wordAttr(tag, "val") ?? "";
            break;
          case "isLgl":
            if (level) level.legal = wordAttr(tag, "val") !== "0";
            break;
          case "lvlRestart":
            if (level) level.neverRestarts = wordAttr(tag, "val") === "0";
            break;
        }
      },
      close(tag) {
        switch (wordName(tag)) {
          case "lvl":
            if (level && instance && overrideLevel !== undefined) instance.levelOverrides.set(overrideLevel, level);
            else if (level && abstract) abstract.levels.set(level.ilvl, level);
            level = undefined;
            break;
          case "lvlOverride":
            overrideLevel = undefined;
            break;
          case "abstractNum":
            abstract = undefined;
            break;
          case "num":
            instance = undefined;
            break;
        }
      },
      text() {},
    },
    SMALL_PART_BYTES,
    limits,
  );
  return { abstracts, instances };
}
