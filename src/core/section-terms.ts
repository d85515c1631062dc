/**
 * Recognises a section heading by meaning: the profile's key terms found anywhere in a line that looks like a
 * heading, whatever numbering, articles, qualifiers, case or punctuation surround them. Layout (heading style,
 * bold, a colon, a short line) and content (a sentence with a verb and a full stop is body text) both count.
 */
import type { Block } from "./document";
import { headingLevel } from "./document";
import type { Profile } from "./profile/schema";
import type { SectionId } from "./sections";
import { numberingLength, tokenize } from "./text/heading-tokens";

interface Term {
  /** As written in the profile, normalised: shown in the evidence. */
  text: string;
  /** Its words, each matched as the start of a word of the line. */
  parts: string[];
  /** initialBit of its first word; 0 for a term with no words, which every line holds. */
  initial: number;
}

interface TermSection {
  section: SectionId;
  groups: Term[][];
  order: number;
}

/** Past this many words a line is prose, however it is styled. */
const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;
const SHORT_HEADING_WORDS = 5;
/** A bold line longer than this that names one key word is a sentence in bold, not a heading. */
const BOLD_HEADING_WORDS = 8;
/** Words that make a short line a sentence about the section rather than its heading. */
const SENTENCE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "should", "been", "being", "include", "included", "including", "can", "may", "must"]);

const DATED = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const DOCUMENT_TITLE = /\brecord\s+of\s+(?:the\s+)?(?:\w+\s+)?decisions?\b|\bdecision\s+(?:record|notice|sheet)\b/i;

const termCache = new WeakMap<Profile, TermSection[]>();

function termSections(profile: Profile): TermSection[] {
  const cached = termCache.get(profile);
  if (cached) return cached;
  const list = profile.sections.flatMap((section, order) =>
    section.terms
      ? [
          {
            section: section.id,
            order,
            groups: section.terms.map((group) =>
              group.map((word) => {
                const parts = tokenize(word).map((token) => token.norm);
                return { text: parts.join(" "), parts, initial: parts.length > 0 ? initialBit(parts[0]) : 0 };
              }),
            ),
          },
        ]
      : [],
  );
  termCache.set(profile, list);
  return list;
}

export interface TermMatch {
  section: SectionId;
  /** How sure the match is: key terms plus layout evidence, less content evidence against. */
  score: number;
  /** The words that decided it, for a reviewer. */
  evidence: string;
  /** Where the heading part ends: text after a colon there is the section's value on the same line. */
  headingEnd: number;
}

/**
 * A bit for a word's first character (characters 32 apart share one). A word starts with a term's first word only if
 * their bits agree, so most of the profile's terms are ruled out for a line by one test of its words' bits.
 */
function initialBit(word: string): number {
  return 1 << (word.charCodeAt(0) & 31);
}

/** The first position in `words` where `term` (one or more words, each matched as a prefix) starts, or -1. */
function findTerm(words: string[], initials: number, { parts, initial }: Term): number {
  if ((initials & initial) !== initial) return -1;
  const last = words.length - parts.length;
  for (let index = 0; index <= last; index++) {
    let all = true;
    for (let offset = 0; offset < parts.length && all; offset++) all = words[index + offset].startsWith(parts[offset]);
    if (all) return index;
  }
  return -1;
}

/** The heading part of a line: all of it, or the words before a colon ("Conflicts declared: None"). */
function headingPart(text: string): { heading: string; end: number; colon: boolean } {
  const colon = text.indexOf(":");
  if (colon > 0) return { heading: text.slice(0, colon), end: colon, colon: true };
  return { heading: text, end: text.length, colon: false };
}

/** How a line is set out, read from its block once: blocks come in many shapes, and each read of one costs. */
interface Layout {
  level: number | undefined;
  bold: boolean;
  /** All in capitals, with at least two of them: "DECISION", not "I" or "Decision". */
  capitals: boolean;
}

function layoutScore(layout: Layout, words: number, colon: boolean): number {
  let score = 0;
  if (layout.level !== undefined) score += 2;
  if (layout.bold) score += 1;
  if (colon) score += 1;
  if (words <= 8) score += 1;
  if (layout.capitals) score += 2;
  return score;
}

interface Hit {
  term: string;
  at: number;
}

/** The first term of a group that the line holds, and where it starts. */
function findGroup(words: string[], initials: number, group: Term[]): Hit | undefined {
  for (const term of group) {
    const at = findTerm(words, initials, term);
    if (at >= 0) return { term: term.text, at };
  }
  return undefined;
}

/** "heading words “decision” + “maker”": the terms that decided a match, for a reviewer. */
function evidenceOf(hits: Hit[]): string {
  let terms = "";
  for (const hit of hits) terms += `${terms === "" ? "" : " + "}“${hit.term}”`;
  return `heading words ${terms}`;
}

/** Recognises a heading-like block by its key terms; the most specific section (most term groups) wins. */
export function matchByTerms(block: Block, profile: Profile): TermMatch | undefined {
  const sections = termSections(profile);
  if (sections.length === 0) return undefined;
  const raw = block.text;
  const text = raw.trim();
  if (text.length === 0 || text.length > 200) return undefined;
  const { heading, end, colon } = headingPart(text);
  // Fourteen words of a heading fit well within this; anything longer is a paragraph.
  if (heading.length > MAX_HEADING_CHARS) return undefined;
  const level = headingLevel(block);
  const bold = block.bold === true;
  const styled = level !== undefined || bold;
  const trimmed = heading.trim();
  // Content evidence, cheapest first: a full sentence, a lower-case start, a dated list entry or the record's own
  // title is body text unless styled as a heading.
  if (!styled && !colon && (trimmed.endsWith(".") || trimmed.endsWith(";"))) return undefined;
  if (!styled && /^\p{Ll}/u.test(trimmed.slice(numberingLength(trimmed)))) return undefined;
  if (DATED.test(trimmed) || DOCUMENT_TITLE.test(trimmed)) return undefined;
  // One word past the limit is enough to know the line is too long to be a heading.
  const tokens = tokenize(heading, numberingLength(heading), MAX_HEADING_WORDS + 1);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return undefined;
  const words: string[] = [];
  let initials = 0;
  let verbs = false;
  for (const token of tokens) {
    words.push(token.norm);
    initials |= initialBit(token.norm);
    if (SENTENCE_VERBS.has(token.norm)) verbs = true;
  }
  const capitals = !/\p{Ll}/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw);
  const layout = layoutScore({ level, bold, capitals }, tokens.length, colon) - (verbs ? 2 : 0);
  if (layout < 1) return undefined;
  // One key word alone ("decision") is common in titles ("Decision Session - Executive Member for Transport") and
  // in bold sentences ("The Cabinet Committee consider the decision on 1 March 2022"): it names a heading only on a
  // line in a heading style, ending in a colon, in capitals, very short, or bold and short.
  const strong = level !== undefined || colon || capitals || tokens.length <= SHORT_HEADING_WORDS || (bold && tokens.length <= BOLD_HEADING_WORDS);

  let best: (TermMatch & { groups: number; first: number; order: number }) | undefined;
  for (const candidate of sections) {
    const hits: Hit[] = [];
    let first = Infinity;
    for (const group of candidate.groups) {
      const hit = findGroup(words, initials, group);
      if (!hit) break;
      hits.push(hit);
      first = Math.min(first, hit.at);
    }
    if (hits.length < candidate.groups.length || (hits.length === 1 && !strong)) continue;
    const better =
      !best || hits.length > best.groups || (hits.length === best.groups && (first < best.first || (first === best.first && candidate.order < best.order)));
    if (!better) continue;
    best = {
      section: candidate.section,
      score: hits.length + layout,
      evidence: evidenceOf(hits),
      headingEnd: end,
      groups: hits.length,
      first,
      order: candidate.order,
    };
  }
  if (!best) return undefined;
  const { section, score, evidence, headingEnd } = best;
  return { section, score, evidence, headingEnd };
}
