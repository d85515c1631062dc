import type { MalformedAmount } from "./analysis";
import type { AmountClass, AmountSummary } from "./report";

/** A £ figure as written: digits with commas/points, then an optional scale word. */
const AMOUNT = /£\s?(\d[\d,.]*\d|\d)(?:\s?(million|mn|m|billion|bn|thousand|k)\b)?/gi;
const BARE_AMOUNT = /^£?\s?(\d[\d,.]*\d|\d)(?:\s?(million|mn|m|billion|bn|thousand|k)\b)?/i;
const RANGE_JOIN = /^\s?(?:[-–—]|to)\s?(?=£|\d)/i;
const BETWEEN_JOIN = /^\sand\s(?=£)/i;

const COMPARATOR_BEFORE =
  /(in excess of|more than|greater than|exceeding|over|above|at least|not more than|no more than|not exceeding|up to|(?:to )?a maximum(?: value)? of|maximum of|under the value of|less than|under|below|within|limit of|cap of|capped at|between|>=|<=|[><≥≤])\s?(?:the\s)?$/i;
const COMPARATOR_AFTER = /^\s?(or more|or above|or over|and above|or less|or below|or under)\b/i;
const PERIOD_AFTER =
  /^\s?(per annum|p\.a\.?|pa\b|a year|per year|each year|annually|per month|a month|monthly|per week|a week|weekly|over (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) years?|in (?:any one )?financial year|in \d{4}\/\d{2,4}|(?:gross )?full[- ]year effect)/i;

const CAP_COMPARATORS = /^(?:up to|not more than|no more than|not exceeding|(?:to )?a maximum(?: value)? of|maximum of|under the value of|less than|under|below|within|limit of|cap of|capped at|<=|<|≤)$/i;
const THRESHOLD_CUE = /\b(threshold|key[- ]decisions?)\b/i;
const CAP_CUE = /\b(cap|ceiling|limit|maximum)(?:\W+\w+){0,4}\W*$/i;
const INCOME_CUE =
  /\b(income|receipts?|received|receives?|grant funding|grant of|funding of|funding from|contributions? from|generates?|generated|raised?|rental|fees of|sale proceeds|secured)\b/i;
/** Money the council is given: "has been allocated £5m from", "acceptance of £1.2m of GLA funding". */
const RECEIVED_BEFORE =
  /\b((?:has|have|had) been (?:allocated|awarded|granted|given|offered)|(?:acceptance|receipt) of|accept(?:s|ed|ing)? (?:a |an |the )?(?:grant |sum |offer )?(?:of )?|offered|awarded to (?:the|this) (?:council|authority)|capital receipts?)\s?$/i;
/** "£3m received", "£2m awarded to the council": the words after the figure say it comes in. */
const RECEIVED_AFTER = /^\s?(?:(?:has|have|had) been |was |were |is |will be |to be )?(received|awarded to (?:the|this) (?:council|authority)|paid to (?:the|this) (?:council|authority))\b/i;
/** Another body's contribution ("the SCCG contribution … of £7.6m"): written with the body's initials, never the council's own. */
const THEIR_CONTRIBUTION = /\b((?!Council\b)[A-Z]{2,}[a-z]?(?:['’]s)? contributions?)\b/;
/** The pot the spending is met from: "funded from the £5m Invest to Save Reserve". */
const SOURCE_BEFORE = /\b((?:funded|financed|met|paid for) (?:from|out of|by)(?: the| a| an)?)\s?$/i;
const SOURCE_AFTER = /^\s?(?:[\p{L}'’-]+\s){0,4}?(reserves?|fund)\b/iu;
const BUDGET_CUE = /\b(budgets?|forecasts?|estimates?d?|allocations?|allocated|envelope|provision)\b/i;
const SPEND_CUE =
  /\b(spend|spending|spent|expenditure|costs?|contracts?|award(?:ed|ing)?|invest(?:ed|ing|ment)?|purchase|procure\w*|savings?|pay(?:ment)?s?|grant to|commission\w*)\b/i;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * Reads the digits of a figure. Returns a reason instead of a value when the grouping is ambiguous:
 * "1,5000,000" could be £1.5m or £15m, so it is never guessed.
 */
export function readDigits(digits: string, scaled: boolean): { value: number } | { malformed: string } {
  const parts = digits.split(".");
  if (parts.length > 2) return { malformed: "it has more than one decimal point" };
  const [whole, fraction] = parts;
  if (whole.includes(",") && !/^\d{1,3}(?:,\d{3})+$/.test(whole)) {
    return { malformed: "its digits are not grouped in threes" };
  }
  if (fraction !== undefined) {
    if (fraction.includes(",")) return { malformed: "it has a comma after the decimal point" };
    if (!scaled && fraction.length > 2) return { malformed: "it has more than two digits after the decimal point" };
  }
  return { value: Number(whole.replace(/,/g, "") + (fraction !== undefined ? `.${fraction}` : "")) };
}

interface RawAmount {
  start: number;
  end: number;
  value?: number;
  from?: number;
  malformed?: string;
  scale?: string;
}

/** A real paragraph never holds this many amounts; past it, a pasted table or junk must not stall the check. */
const MAX_AMOUNTS_PER_PARAGRAPH = 500;

function scanAmounts(text: string): RawAmount[] {
  const found: RawAmount[] = [];
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(text); match && found.length < MAX_AMOUNTS_PER_PARAGRAPH; match = AMOUNT.exec(text)) {
    const scale = match[2]?.toLowerCase();
    const read = readDigits(match[1], scale !== undefined);
    const amount: RawAmount = { start: match.index, end: match.index + match[0].length, scale };
    if ("malformed" in read) amount.malformed = read.malformed;
    else amount.value = read.value * (scale ? SCALE[scale] : 1);
    joinRange(text, amount, match[1]);
    AMOUNT.lastIndex = amount.end;
    found.push(amount);
  }
  return found;
}

/** "£2m to £3m", "£2-3m", "between £2m and £3m": one amount, from the first to the second. */
function joinRange(text: string, first: RawAmount, firstDigits: string): void {
  if (first.value === undefined) return;
  const rest = text.slice(first.end);
  const join = RANGE_JOIN.exec(rest) ?? (/\bbetween\s?$/i.test(text.slice(Math.max(0, first.start - 10), first.start)) ? BETWEEN_JOIN.exec(rest) : null);
  if (!join) return;
  const second = BARE_AMOUNT.exec(rest.slice(join[0].length));
  if (!second) return;
  const scale = second[2]?.toLowerCase();
  const read = readDigits(second[1], scale !== undefined);
  if ("malformed" in read) return;
  let from = first.value;
  // "£2-3m": the scale written once applies to both ends.
  if (!first.scale && scale && Number(firstDigits.replace(/,/g, "")) < 1000) from = first.value * SCALE[scale];
  first.from = from;
  first.value = read.value * (scale ? SCALE[scale] : 1);
  first.end += join[0].length + second[0].length;
}

/** How far either side of an amount its cues are looked for; bounded so a huge paragraph stays linear. */
const WINDOW_BEFORE = 200;
const WINDOW_AFTER = 120;

const isStop = (character: string | undefined) => character === "." || character === "!" || character === "?" || character === ";";
const isSpace = (character: string | undefined) => character === " " || character === "\t" || character === "\u00a0" || character === "\n";

function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const earliest = Math.max(0, start - WINDOW_BEFORE);
  let from = start;
  while (from > earliest && !(isStop(text[from - 1]) && isSpace(text[from]))) from--;
  const latest = Math.min(text.length, end + WINDOW_AFTER);
  let to = end;
  while (to < latest && !(isStop(text[to]) && (to + 1 === text.length || isSpace(text[to + 1])))) to++;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

export interface AmountContext {
  /** The block sits in the key-decision criteria, or is template boilerplate. */
  boilerplate: boolean;
}

function classify(before: string, after: string, comparator: string | undefined, context: AmountContext): { class: AmountClass; reason: string } {
  if (context.boilerplate) return { class: "boilerplate", reason: "it is in the key-decision criteria, which quote the threshold" };
  const thresholdCue = THRESHOLD_CUE.exec(before.slice(-80)) ?? THRESHOLD_CUE.exec(after.slice(0, 40));
  if (thresholdCue) return { class: "threshold", reason: `the sentence speaks of a ${thresholdCue[1].toLowerCase()}` };
  if (comparator && CAP_COMPARATORS.test(comparator)) return { class: "cap", reason: `“${comparator}” makes it a limit, not a sum spent` };
  const capCue = CAP_CUE.exec(before);
  if (capCue) return { class: "cap", reason: `the text calls it a ${capCue[1].toLowerCase()}` };
  const source = SOURCE_BEFORE.exec(before);
  if (source && SOURCE_AFTER.test(after)) return { class: "source", reason: `“${source[1]} … ${SOURCE_AFTER.exec(after)?.[1]}” names where the money comes from, not what this decision spends` };
  const received = RECEIVED_BEFORE.exec(before) ?? RECEIVED_AFTER.exec(after) ?? THEIR_CONTRIBUTION.exec(before);
  if (received) return { class: "income", reason: `“${received[1]}” marks money coming to the council` };
  const income = INCOME_CUE.exec(before);
  if (income) return { class: "income", reason: `“${income[1]}” marks money coming in` };
  const budget = BUDGET_CUE.exec(before);
  if (budget) return { class: "budget", reason: `the sentence speaks of a ${budget[1].toLowerCase()}` };
  const spend = SPEND_CUE.exec(before) ?? SPEND_CUE.exec(after);
  if (spend) return { class: "spend", reason: `the sentence speaks of ${spend[1].toLowerCase()}` };
  return { class: "spend", reason: "no other cue, so it is treated as money the decision commits" };
}

export interface BlockAmounts {
  amounts: Omit<AmountSummary, "block" | "section">[];
  malformed: Omit<MalformedAmount, "block">[];
}

/** Finds, normalises and classifies every £ amount in one paragraph. */
export function findAmounts(text: string, context: AmountContext): BlockAmounts {
  const result: BlockAmounts = { amounts: [], malformed: [] };
  if (!text.includes("£")) return result;
  for (const raw of scanAmounts(text)) {
    const written = text.slice(raw.start, raw.end);
    if (raw.malformed !== undefined || raw.value === undefined) {
      result.malformed.push({ start: raw.start, length: raw.end - raw.start, text: written, reason: raw.malformed ?? "it cannot be read" });
      continue;
    }
    const { before, after } = sentenceAround(text, raw.start, raw.end);
    const comparatorBefore = COMPARATOR_BEFORE.exec(before.slice(-40));
    const comparatorAfter = COMPARATOR_AFTER.exec(after);
    const comparator = (comparatorBefore?.[1] ?? comparatorAfter?.[1])?.toLowerCase();
    const period = PERIOD_AFTER.exec(after)?.[1];
    const { class: amountClass, reason } = classify(before, after, comparator, context);
    const end = period ? raw.end + after.indexOf(period) + period.length : raw.end;
    const amount: Omit<AmountSummary, "block" | "section"> = {
      value: raw.value,
      text: text.slice(raw.start, end),
      class: amountClass,
      reason,
      start: raw.start,
      length: end - raw.start,
    };
    if (raw.from !== undefined) amount.from = raw.from;
    if (comparator) amount.comparator = comparator;
    if (period) amount.period = period.toLowerCase();
    result.amounts.push(amount);
  }
  return result;
}

export function crossesThreshold(value: number, threshold: number, comparator: "in-excess-of" | "at-least"): boolean {
  return comparator === "in-excess-of" ? value > threshold : value >= threshold;
}

