/** Dates and year ranges as records write them, for the date-order rule. */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_PATTERN = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

export const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH_PATTERN}\\.?,?\\s(\\d{4})\\b`, "gi");
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s?([-–—/]|to)\s?(\d{4}|\d{2})\b(?!\/)/gi;
const NOT_A_YEAR_RANGE = /(?:\bS\.?I\.?|\bNo\.?|\bregulations?|\bchapter|\bc\.)\s*$/i;

export interface FoundDate {
  start: number;
  length: number;
  text: string;
  /** Days since 1970-01-01, or undefined when the date cannot exist ("31st February 2021"). */
  day?: number;
}

function dayNumber(year: number, month: number, day: number): number | undefined {
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return date / 86_400_000;
}

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

export function findDates(text: string): FoundDate[] {
  const dates: FoundDate[] = [];
  WRITTEN_DATE.lastIndex = 0;
  for (let match = WRITTEN_DATE.exec(text); match; match = WRITTEN_DATE.exec(text)) {
    dates.push({ start: match.index, length: match[0].length, text: match[0], day: dayNumber(Number(match[3]), monthNumber(match[2]), Number(match[1])) });
  }
  NUMERIC_DATE.lastIndex = 0;
  for (let match = NUMERIC_DATE.exec(text); match; match = NUMERIC_DATE.exec(text)) {
    dates.push({ start: match.index, length: match[0].length, text: match[0], day: dayNumber(Number(match[3]), Number(match[2]), Number(match[1])) });
  }
  return dates.sort((a, b) => a.start - b.start);
}

export interface YearRange {
  start: number;
  length: number;
  text: string;
  from: number;
  to: number;
}

/** "2021 - 2024", "2021/22", "2032/24": the second year, read in the first one's century for two digits. */
export function findYearRanges(text: string): YearRange[] {
  const ranges: YearRange[] = [];
  YEAR_RANGE.lastIndex = 0;
  for (let match = YEAR_RANGE.exec(text); match; match = YEAR_RANGE.exec(text)) {
    if (NOT_A_YEAR_RANGE.test(text.slice(Math.max(0, match.index - 15), match.index))) continue;
    const from = Number(match[1]);
    const to = match[3].length === 2 ? Math.floor(from / 100) * 100 + Number(match[3]) : Number(match[3]);
    if (match[3].length === 4 && (to < 1900 || to > 2199)) continue;
    ranges.push({ start: match.index, length: match[0].length, text: match[0], from, to });
  }
  return ranges;
}

/** Words between two dates that make the second the end of a period that began with the first. */
export const PERIOD_JOIN = /^[^.;]{0,80}?\b(?:to|until|till|through|and (?:was |were )?(?:closed|ended|finished|concluded)|(?:closed|ended|ending|finished|concluded|closing) on|closing date (?:of|was))\b[^.;]{0,40}$|^\s?[-–—]\s?$/i;
export const PERIOD_START = /\b(?:from|between|started|starting|began|beginning|opened|commenced|commencing|ran from|running from)\b[^.;]{0,40}$/i;
