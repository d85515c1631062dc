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

interface TermSection {
  section: SectionId;
  groups: string[][];
  order: number;
}

/** Past this many words a line is prose, however it is styled. */
const MAX_HEADING_WORDS = 14;
/** Words that make a short line a sentence about the section rather than its heading. */
const SENTENCE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "had", "will", "would", "should", "been", "being", "include", "included", "including", "can", "may", "must"]);

const DATED = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const DOCUMENT_TITLE = /\brecord\s+of\s+(?:the\s+)?(?:\w+\s+)?decisions?\b|\bdecision\s+(?:record|notice|sheet)\b/i;

const termCache = new WeakMap<Profile, TermSection[]>();

function termSections(profile: Profile): TermSection[] {
  const cached = termCache.get(profile);
  if (cached) return cached;
  const list = profile.sections.flatMap((section, order) =>
    section.terms ? [{ section: section.id, order, groups: section.terms.map((group) => group.map((word) => tokenize(word).map((token) => token.norm).join(" "))) }] : [],
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

/** The first position in `words` where `term` (one or more words, each matched as a prefix) starts, or -1. */
function findTerm(words: string[], term: string): number {
  const parts = term.split(" ");
  for (let index = 0; index + parts.length <= words.length; index++) {
    if (parts.every((part, offset) => words[index + offset].startsWith(part))) return index;
  }
  return -1;
}

/** The heading part of a line: all of it, or the words before a colon ("Conflicts declared: None"). */
function headingPart(text: string): { heading: string; end: number; colon: boolean } {
  const colon = text.indexOf(":");
  if (colon > 0) return { heading: text.slice(0, colon), end: colon, colon: true };
  return { heading: text, end: text.length, colon: false };
}

function layoutScore(block: Block, words: number, colon: boolean): number {
  let score = 0;
  if (headingLevel(block) !== undefined) score += 2;
  if (block.bold) score += 1;
  if (colon) score += 1;
  if (words <= 8) score += 1;
  if (!/\p{Ll}/u.test(block.text) && /\p{Lu}.*\p{Lu}/u.test(block.text)) score += 2;
  return score;
}

/** Recognises a heading-like block by its key terms; the most specific section (most term groups) wins. */
export function matchByTerms(block: Block, profile: Profile): TermMatch | undefined {
  const sections = termSections(profile);
  if (sections.length === 0) return undefined;
  const text = block.text.trim();
  if (text.length === 0 || text.length > 200) return undefined;
  const { heading, end, colon } = headingPart(text);
  const tokens = tokenize(heading, numberingLength(heading));
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return undefined;
  const words = tokens.map((token) => token.norm);
  const styled = headingLevel(block) !== undefined || block.bold === true;
  const trimmed = heading.trim();
  // Content evidence: a full sentence, or a line that starts in lower case, is body text unless styled as a heading.
  if (!styled && !colon && /[.;]$/.test(trimmed)) return undefined;
  if (!styled && /^\p{Ll}/u.test(trimmed.slice(numberingLength(trimmed)))) return undefined;
  // The document's own title ("… – Record of Decision") names the record, not a section of it.
  if (DOCUMENT_TITLE.test(trimmed)) return undefined;
  // A line that opens with a date is an entry in a list of decisions ("03/04/2024 - … ref: 3009"), not a heading.
  if (DATED.test(trimmed)) return undefined;
  const verbs = words.some((word) => SENTENCE_VERBS.has(word));
  const layout = layoutScore(block, tokens.length, colon) - (verbs ? 2 : 0);
  if (layout < 1) return undefined;

  let best: (TermMatch & { groups: number; first: number; order: number }) | undefined;
  for (const candidate of sections) {
    const found = candidate.groups.map((group) => {
      for (const term of group) {
        const at = findTerm(words, term);
        if (at >= 0) return { term, at };
      }
      return undefined;
    });
    if (found.some((hit) => hit === undefined)) continue;
    const hits = found as { term: string; at: number }[];
    const first = Math.min(...hits.map((hit) => hit.at));
    const better =
      !best || hits.length > best.groups || (hits.length === best.groups && (first < best.first || (first === best.first && candidate.order < best.order)));
    if (!better) continue;
    best = {
      section: candidate.section,
      score: hits.length + layout,
      evidence: `heading words ${hits.map((hit) => `“${hit.term}”`).join(" + ")}`,
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
