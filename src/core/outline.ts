import type { Outline, SectionOccurrence } from "./analysis";
import { type Block, type DocSnapshot, TAG_PREFIX, headingLevel } from "./document";
import type { Profile } from "./profile/schema";
import { type SectionId, isSectionId } from "./sections";
import { numberingLength, tokenize, type Token } from "./text/heading-tokens";
import { trimEndOf, trimStartOf, WHITESPACE } from "./text/trim";

interface Alias {
  section: SectionId;
  words: string[];
}

interface AliasIndex {
  byFirstWord: Map<string, Alias[]>;
  /** Words in the longest alias: no need to read further into a line than one word past it. */
  longest: number;
}

/** What may follow a heading on its own line before the value: "Key decision: YES", "Is Key decision?: No". */
const INLINE_SEPARATOR = /^[\s*_]*(?:\?\s*)?([:.[(–—-])/;

const aliasCache = new WeakMap<Profile, AliasIndex>();

/** Aliases grouped by first word, longest first, so "Decision-maker" wins over "Decision". */
function aliasIndex(profile: Profile): AliasIndex {
  const cached = aliasCache.get(profile);
  if (cached) return cached;
  const byFirstWord = new Map<string, Alias[]>();
  let longest = 0;
  for (const section of profile.sections) {
    for (const phrase of [section.heading, ...section.aliases]) {
      const words = tokenize(phrase).map((token) => token.norm);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ section: section.id, words });
      byFirstWord.set(words[0], list);
      longest = Math.max(longest, words.length);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const index = { byFirstWord, longest };
  aliasCache.set(profile, index);
  return index;
}

interface HeadingMatch {
  section: SectionId;
  inline?: { text: string; start: number };
}

/** Recognises a block as a section heading by its words, alone or as "Heading: value". */
export function matchHeading(text: string, profile: Profile): HeadingMatch | undefined {
  const index = aliasIndex(profile);
  const first = tokenize(text, numberingLength(text), 1)[0];
  const candidates = first && index.byFirstWord.get(first.norm);
  if (!candidates) return undefined;
  const tokens = tokenize(text, first.start, index.longest + 1);
  for (const alias of candidates) {
    if (!startsWith(tokens, alias.words)) continue;
    if (tokens.length === alias.words.length) return { section: alias.section };
    const inline = inlineValue(text, tokens[alias.words.length - 1].end);
    if (inline) return { section: alias.section, inline };
  }
  return undefined;
}

function startsWith(tokens: Token[], words: string[]): boolean {
  if (tokens.length < words.length) return false;
  return words.every((word, index) => tokens[index].norm === word);
}

function inlineValue(text: string, end: number): { text: string; start: number } | undefined {
  const separator = INLINE_SEPARATOR.exec(text.slice(end));
  if (!separator) return undefined;
  // Brackets belong to the value ("For publication [Do not include …]"); other separators do not.
  const keepSeparator = separator[1] === "[" || separator[1] === "(";
  const valueStart = end + separator[0].length - (keepSeparator ? 1 : 0);
  const raw = text.slice(valueStart);
  const value = trimEndOf(trimStartOf(raw, `${WHITESPACE}*_`), `${WHITESPACE}*_`);
  if (value === "") return undefined;
  return { text: value, start: valueStart + raw.indexOf(value) };
}

/** A block that looks like a heading even when it names no known section ("Background:"). */
export function looksLikeHeading(block: Block): boolean {
  if (headingLevel(block) !== undefined) return true;
  const text = block.text.trim();
  if (text.length === 0 || text.length > 120) return false;
  return block.bold === true || (text.endsWith(":") && text.split(/\s+/).length <= 15);
}

function tagSection(block: Block): SectionId | undefined {
  if (!block.tag?.startsWith(TAG_PREFIX)) return undefined;
  const id = block.tag.slice(TAG_PREFIX.length);
  return isSectionId(id) ? id : undefined;
}

/**
 * Finds every section in the document. Content-control tags win over text: a tagged block belongs to its
 * tag's section whatever it says, so a retyped heading above a tagged body still counts.
 */
export function buildOutline(snapshot: DocSnapshot, profile: Profile): Outline {
  const blocks = snapshot.blocks;
  const known = new Set(profile.sections.map((section) => section.id));
  const starts: { section: SectionId; block: number; via: "tag" | "heading"; inline?: { text: string; start: number } }[] = [];
  const headingBlocks = new Set<number>();

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const tagged = tagSection(block);
    const match = matchHeading(block.text, profile);
    if (match && known.has(match.section) && (!tagged || tagged === match.section)) {
      starts.push({ section: match.section, block: index, via: "heading", inline: match.inline });
      headingBlocks.add(index);
      continue;
    }
    if (looksLikeHeading(block)) headingBlocks.add(index);
    if (tagged && known.has(tagged) && tagSection(blocks[index - 1] ?? { text: "" }) !== tagged) {
      const previous = starts[starts.length - 1];
      const bodyOfPrevious = previous && previous.section === tagged && previous.block === index - 1;
      if (bodyOfPrevious) continue;
      const retypedHeading = index > 0 && headingBlocks.has(index - 1) && !tagSection(blocks[index - 1]) && previous?.block !== index - 1;
      starts.push({ section: tagged, block: retypedHeading ? index - 1 : index, via: "tag" });
    }
  }

  const occurrences: SectionOccurrence[] = starts.map((start, position) => {
    const next = starts[position + 1];
    const bodyStart = start.via === "tag" && !headingBlocks.has(start.block) ? start.block : start.block + 1;
    return {
      section: start.section,
      headingBlock: start.block,
      via: start.via,
      inline: start.inline,
      bodyStart,
      bodyEnd: next ? next.block : blocks.length,
    };
  });

  const sectionOfBlock: (SectionId | undefined)[] = new Array(blocks.length).fill(undefined);
  for (const occurrence of occurrences) {
    for (let index = occurrence.headingBlock; index < occurrence.bodyEnd; index++) sectionOfBlock[index] = occurrence.section;
  }
  return { occurrences, sectionOfBlock, headingBlocks };
}

export function occurrencesOf(outline: Outline, section: SectionId): SectionOccurrence[] {
  return outline.occurrences.filter((occurrence) => occurrence.section === section);
}
