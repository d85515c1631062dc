import type { Outline, SectionOccurrence } from "./analysis";
import { type Block, type DocSnapshot, TAG_PREFIX, headingLevel } from "./document";
import type { Profile } from "./profile/schema";
import { type SectionId, isSectionId } from "./sections";
import { decisionMakerLine, decisionOpening, furnitureLabel, recognisesPages } from "./recognition";
import { matchByTerms } from "./section-terms";
import { numberingLength, normalisePhrase, tokenize, type Token } from "./text/heading-tokens";
import { trimEndOf, trimStartOf, WHITESPACE } from "./text/trim";

interface Alias {
  section: SectionId;
  words: string[];
}

/** What may follow a heading on its own line before the value: "Key decision: YES", "Is Key decision?: No". */
const INLINE_SEPARATOR = /^[\s*_]*(?:\?\s*)?([:.[(–—-])/;

const aliasCache = new WeakMap<Profile, Map<string, Alias[]>>();

/** Aliases grouped by first word, longest first, so "Decision-maker" wins over "Decision". */
function aliasesByFirstWord(profile: Profile): Map<string, Alias[]> {
  const cached = aliasCache.get(profile);
  if (cached) return cached;
  const byFirstWord = new Map<string, Alias[]>();
  for (const section of profile.sections) {
    for (const phrase of [section.heading, ...section.aliases]) {
      const words = tokenize(phrase).map((token) => token.norm);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ section: section.id, words });
      byFirstWord.set(words[0], list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  aliasCache.set(profile, byFirstWord);
  return byFirstWord;
}

interface HeadingMatch {
  section: SectionId;
  inline?: { text: string; start: number };
  evidence?: string;
}

/** Recognises a block as a section heading by its words, alone or as "Heading: value". */
export function matchHeading(text: string, profile: Profile): HeadingMatch | undefined {
  const first = tokenize(text, numberingLength(text), 1)[0];
  const candidates = first && aliasesByFirstWord(profile).get(first.norm);
  if (!candidates) return undefined;
  // One word past the longest alias opening with this word tells whether the line is that alias alone.
  const tokens = tokenize(text, first.start, candidates[0].words.length + 1);
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
function looksLikeHeading(block: Block): boolean {
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

/** A heading recognised by its key terms rather than an alias: "(2) The Decision Made", "Signed by the Director". */
function termHeading(block: Block, profile: Profile): HeadingMatch | undefined {
  const match = matchByTerms(block, profile);
  if (!match) return undefined;
  const text = block.text;
  const headingEnd = text.indexOf(text.trim()) + match.headingEnd;
  const inline = headingEnd < text.length ? inlineValue(text, headingEnd) : undefined;
  return { section: match.section, evidence: match.evidence, ...(inline ? { inline } : {}) };
}

interface Start {
  section: SectionId;
  block: number;
  via: SectionOccurrence["via"];
  inline?: { text: string; start: number };
  evidence?: string;
}

/**
 * Finds every section in the document. Content-control tags win over text: a tagged block belongs to its
 * tag's section whatever it says, so a retyped heading above a tagged body still counts. A section's body ends
 * at the next section or at page furniture ("Effective from"), whichever comes first.
 */
export function buildOutline(snapshot: DocSnapshot, profile: Profile): Outline {
  const blocks = snapshot.blocks;
  const known = new Set(profile.sections.map((section) => section.id));
  const starts: Start[] = [];
  const headingBlocks = new Set<number>();
  const furniture = new Set<number>();

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const tagged = tagSection(block);
    const exact = matchHeading(block.text, profile);
    const isFurniture = !exact && furnitureLabel(block.text, profile) !== undefined;
    // A tagged block is its control's body, and "[…]" is template guidance: neither is a heading by its words alone.
    // A header line naming the decision-maker ("Delegated decision by …") holds its value, so it is inferred, not a heading.
    const byTerms = !exact && !isFurniture && !tagged && !block.text.trim().startsWith("[") && decisionMakerLine(block.text, profile) === undefined;
    const match = exact ?? (byTerms ? termHeading(block, profile) : undefined);
    if (match && known.has(match.section) && (!tagged || tagged === match.section)) {
      const start: Start = { section: match.section, block: index, via: "heading", inline: match.inline };
      if (match.evidence) start.evidence = match.evidence;
      starts.push(start);
      headingBlocks.add(index);
      continue;
    }
    if (isFurniture) furniture.add(index);
    else if (looksLikeHeading(block)) headingBlocks.add(index);
    if (tagged && known.has(tagged) && tagSection(blocks[index - 1] ?? { text: "" }) !== tagged) {
      const previous = starts[starts.length - 1];
      const bodyOfPrevious = previous && previous.section === tagged && previous.block === index - 1;
      if (bodyOfPrevious) continue;
      const retypedHeading = index > 0 && headingBlocks.has(index - 1) && !tagSection(blocks[index - 1]) && previous?.block !== index - 1;
      starts.push({ section: tagged, block: retypedHeading ? index - 1 : index, via: "tag" });
    }
  }

  let occurrences = toOccurrences(starts, blocks.length, headingBlocks, furniture);
  if (recognisesPages(profile)) {
    const inferred = inferSections(snapshot, profile, occurrences, headingBlocks, furniture);
    if (inferred.length > 0) occurrences = toOccurrences([...starts, ...inferred].sort((a, b) => a.block - b.block), blocks.length, headingBlocks, furniture);
  }
  return { occurrences, sectionOfBlock: sectionsOfBlocks(occurrences, blocks.length), headingBlocks };
}

function toOccurrences(starts: Start[], length: number, headingBlocks: Set<number>, furniture: Set<number>): SectionOccurrence[] {
  return starts.map((start, position) => {
    const next = starts[position + 1];
    const bodyStart = (start.via === "tag" && !headingBlocks.has(start.block)) || start.via === "inferred" ? start.block : start.block + 1;
    let bodyEnd = next ? next.block : length;
    if (start.via !== "tag") {
      for (let index = bodyStart; index < bodyEnd; index++) {
        if (furniture.has(index)) {
          bodyEnd = index;
          break;
        }
      }
    }
    const occurrence: SectionOccurrence = {
      section: start.section,
      headingBlock: start.block,
      via: start.via,
      inline: start.inline,
      bodyStart,
      bodyEnd: Math.max(bodyStart, bodyEnd),
    };
    // Set rather than spread into the literal: a spread there is copied field by field, for every section found.
    if (start.evidence) occurrence.evidence = start.evidence;
    return occurrence;
  });
}

function sectionsOfBlocks(occurrences: SectionOccurrence[], length: number): (SectionId | undefined)[] {
  const sectionOfBlock: (SectionId | undefined)[] = new Array(length).fill(undefined);
  for (const occurrence of occurrences) {
    for (let index = occurrence.headingBlock; index < occurrence.bodyEnd; index++) sectionOfBlock[index] = occurrence.section;
  }
  return sectionOfBlock;
}

/** How far into a record its title and header lines are looked for. */
const HEADER_BLOCKS = 15;
const TITLE_BLOCKS = 3;

/**
 * Sections a published page carries without their headings: the decision after the page's header lines or
 * opening "RESOLVED …", the decision-maker in a header or attendance line, the title on the first line.
 */
function inferSections(snapshot: DocSnapshot, profile: Profile, occurrences: SectionOccurrence[], headingBlocks: Set<number>, furniture: Set<number>): Start[] {
  const blocks = snapshot.blocks;
  const inSection = sectionsOfBlocks(occurrences, blocks.length);
  const loose = (index: number) => inSection[index] === undefined && !furniture.has(index) && blocks[index].text.trim() !== "";
  // An unrecognised heading-like line ("I approve that:") may open a decision or be a title, but is not a paragraph of prose.
  const free = (index: number) => loose(index) && !headingBlocks.has(index);
  const has = (section: SectionId) => occurrences.some((occurrence) => occurrence.section === section);
  const wanted = (section: SectionId) => profile.sections.some((definition) => definition.id === section) && !has(section);
  const inferred: Start[] = [];

  if (wanted("decision-maker")) {
    for (let index = 0; index < Math.min(blocks.length, HEADER_BLOCKS); index++) {
      const words = loose(index) ? decisionMakerLine(blocks[index].text, profile) : undefined;
      if (!words) continue;
      inferred.push({ section: "decision-maker", block: index, via: "inferred", evidence: `the line opening “${words}” names the decision-maker` });
      break;
    }
  }

  if (wanted("decision")) {
    const taken = new Set(inferred.map((start) => start.block));
    let start: Start | undefined;
    for (let index = 0; index < blocks.length && !start; index++) {
      const words = loose(index) && !taken.has(index) ? decisionOpening(blocks[index].text, profile) : undefined;
      if (words) start = { section: "decision", block: index, via: "inferred", evidence: `the paragraph opens with “${words}”` };
    }
    const firstFurniture = Math.min(...furniture);
    for (let index = firstFurniture + 1; index < blocks.length && !start && Number.isFinite(firstFurniture); index++) {
      if (free(index) && !taken.has(index) && tokenize(blocks[index].text, 0, 3).length === 3) {
        start = { section: "decision", block: index, via: "inferred", evidence: "the first paragraph after the page's header lines" };
      }
    }
    if (start) inferred.push(start);
  }

  if (wanted("title")) {
    const firstSection = Math.min(...occurrences.map((occurrence) => occurrence.headingBlock), ...inferred.map((start) => start.block));
    const documentTitle = normalisePhrase(profile.documentTitle);
    for (let index = 0; index < Math.min(blocks.length, TITLE_BLOCKS, firstSection); index++) {
      if (!loose(index)) continue;
      const text = blocks[index].text;
      const words = tokenize(text, 0, 61).length;
      if (words === 0 || words > 60 || normalisePhrase(text) === documentTitle || /\brecord\s+of\s+decision\b/i.test(text)) continue;
      inferred.push({ section: "title", block: index, via: "inferred", evidence: "the record's first line, above its first section" });
      break;
    }
  }
  return inferred;
}

export function occurrencesOf(outline: Outline, section: SectionId): SectionOccurrence[] {
  return outline.occurrences.filter((occurrence) => occurrence.section === section);
}
