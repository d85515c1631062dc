/** Finding Schedule 12A citations and exempt-looking wording: done once per check, in the analysis. */
import type { DocSnapshot } from "./document";
import type { Profile } from "./profile/schema";
import { phraseSource } from "./recognition";
import { withoutInstructions } from "./template-text";

const SCHEDULE_12A = /\bschedule\s?12\s?a\b/gi;
const PARAGRAPHS = /\bparagraphs?\s(\d{1,2}[a-c]?(?:\s?(?:,|and|&|or)\s?\d{1,2}[a-c]?){0,8})\b/i;
const PART = /\bpart\s?(\d{1,2}|iv|i{1,3})\b/i;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export interface Citation {
  block: number;
  start: number;
  length: number;
  text: string;
  paragraphs: string[];
  part?: number;
}

/** Every mention of Schedule 12A outside the template's own instruction, with the paragraphs and Part it names. */
export function findCitations(snapshot: DocSnapshot): Citation[] {
  const citations: Citation[] = [];
  snapshot.blocks.forEach((block, index) => {
    // Every citation holds "12": a plain search for it rules out nearly every paragraph before the pattern runs.
    if (!block.text.includes("12")) return;
    const text = withoutInstructions(block.text);
    SCHEDULE_12A.lastIndex = 0;
    for (let match = SCHEDULE_12A.exec(text); match; match = SCHEDULE_12A.exec(text)) {
      const windowStart = Math.max(0, match.index - 120);
      const before = text.slice(windowStart, match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
      const paragraphs = PARAGRAPHS.exec(before) ?? PARAGRAPHS.exec(after);
      const part = PART.exec(before) ?? PART.exec(after);
      const start = paragraphs && paragraphs.index + windowStart < match.index ? windowStart + paragraphs.index : match.index;
      const end = match.index + match[0].length;
      citations.push({
        block: index,
        start,
        length: end - start,
        text: block.text.slice(start, end),
        paragraphs: paragraphs ? (paragraphs[1].match(/\d{1,2}[a-c]?/gi) ?? []).map((value) => value.toUpperCase()) : [],
        part: part ? (ROMAN[part[1].toLowerCase()] ?? Number(part[1])) : undefined,
      });
    }
  });
  return citations;
}

export interface ExemptPhrase {
  block: number;
  start: number;
  length: number;
  text: string;
}

const phraseCache = new WeakMap<Profile, RegExp | null>();

export function phrasePattern(profile: Profile): RegExp | null {
  if (phraseCache.has(profile)) return phraseCache.get(profile) ?? null;
  // Any run of white space matches a phrase's space ("commercially  sensitive"); "non-exempt information" says the opposite.
  const words = profile.exempt.phrases.map(phraseSource);
  const pattern = words.length > 0 ? new RegExp(`(?<!\\bnon[\\s-])\\b(?:${words.join("|")})\\b`, "gi") : null;
  phraseCache.set(profile, pattern);
  return pattern;
}

/** Wording that suggests exempt or confidential content ("commercially sensitive", "legal advice"). */
export function findExemptPhrases(snapshot: DocSnapshot, profile: Profile): ExemptPhrase[] {
  const pattern = phrasePattern(profile);
  if (!pattern) return [];
  const found: ExemptPhrase[] = [];
  snapshot.blocks.forEach((block, index) => {
    const text = withoutInstructions(block.text);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ block: index, start: match.index, length: match[0].length, text: block.text.slice(match.index, match.index + match[0].length) });
    }
  });
  return found;
}
