import type { Analysis, KeyDecisionReading, Outline, SectionOccurrence } from "./analysis";
import type { DocSnapshot } from "./document";
import { findAmounts } from "./money";
import { buildOutline, occurrencesOf } from "./outline";
import type { Profile } from "./profile/schema";
import type { AmountSummary, PublicationStatus, SectionStatus } from "./report";
import { findCitations, findExemptPhrases } from "./schedule-12a";
import type { SectionId } from "./sections";
import { templateText, withoutInstructions } from "./template-text";
import { trimEndOf } from "./text/trim";

const NOT_APPLICABLE = /^(?:n\/?a|not applicable|none applicable|tbc|tbd|to be confirmed|-+|–|—)$/i;
const PROPOSED = /\bproposed\s+record\s+of\s+decision\b/i;

export function analyse(snapshot: DocSnapshot, profile: Profile): Analysis {
  const outline = buildOutline(snapshot, profile);
  const boilerplate = templateText(profile).boilerplate;
  const amounts: AmountSummary[] = [];
  const malformed: Analysis["malformed"] = [];
  snapshot.blocks.forEach((block, index) => {
    // Without a £ there is no amount, so the comparison with the template's wording is not worth making.
    if (!block.text.includes("£")) return;
    const section = outline.sectionOfBlock[index];
    const isBoilerplate = section === "key-decision-criteria" || boilerplate.has(block.text);
    const found = findAmounts(block.text, { boilerplate: isBoilerplate });
    // The found objects are this call's own, so they are completed in place: copying each one (a spread) cost more
    // than finding it. The place goes last, as the report has always listed it.
    for (const amount of found.amounts) amounts.push(Object.assign(amount, section ? { block: index, section } : { block: index }));
    for (const bad of found.malformed) malformed.push(Object.assign(bad, { block: index }));
  });
  return {
    outline,
    amounts,
    malformed,
    keyDecision: readKeyDecision(snapshot, outline, profile),
    publication: readPublication(snapshot, outline),
    proposed: snapshot.blocks.slice(0, 10).some((block) => PROPOSED.test(block.text)),
    citations: findCitations(snapshot),
    exemptPhrases: findExemptPhrases(snapshot, profile),
  };
}

/** Reads "YES"/"No"/"Non-key" from the key-decision heading line, or from the first line under it. */
function readKeyDecision(snapshot: DocSnapshot, outline: Outline, profile: Profile): KeyDecisionReading {
  const occurrences = occurrencesOf(outline, "key-decision");
  if (occurrences.length === 0) return { answer: "missing" };
  for (const occurrence of occurrences) {
    if (occurrence.inline) {
      const answer = readAnswer(occurrence.inline.text, profile);
      if (answer) return { ...answer, block: occurrence.headingBlock, headingBlock: occurrence.headingBlock };
    }
    const first = firstBodyBlock(snapshot, occurrence);
    if (first !== undefined) {
      const answer = readAnswer(snapshot.blocks[first].text, profile);
      if (answer) return { ...answer, block: first, headingBlock: occurrence.headingBlock };
    }
  }
  return { answer: "missing", headingBlock: occurrences[0].headingBlock };
}

function readAnswer(value: string, profile: Profile): { answer: "yes" | "no"; text: string } | undefined {
  const text = value.trim().replace(/^[*_"“]+/, "");
  const lower = text.toLowerCase();
  const phrases = [
    ...profile.keyDecision.no.map((phrase) => ({ phrase, answer: "no" as const })),
    ...profile.keyDecision.yes.map((phrase) => ({ phrase, answer: "yes" as const })),
  ].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, answer } of phrases) {
    const candidate = phrase.toLowerCase();
    if (lower.startsWith(candidate) && !/[\p{L}\p{N}]/u.test(lower.charAt(candidate.length))) {
      return { answer, text: text.slice(0, candidate.length) };
    }
  }
  return undefined;
}

function firstBodyBlock(snapshot: DocSnapshot, occurrence: SectionOccurrence): number | undefined {
  for (let index = occurrence.bodyStart; index < occurrence.bodyEnd; index++) {
    if (snapshot.blocks[index].text.trim() !== "") return index;
  }
  return undefined;
}

/**
 * A marking of the record itself ("EXEMPT", "NOT FOR PUBLICATION – paragraph 3"), not a label naming something
 * else ("EXEMPT ITEM 7", "Exempt appendix", "Confidential report").
 */
const OWN_MARKING =
  /^(?:exempt|not\s+for\s+publication|confidential|restricted)\b(?!\s*(?:[-–—:]\s*)?(?:items?|appendix|appendices|annex(?:es)?|reports?|minutes?|agenda|business|papers?|part)\b)/i;
const PART_EXEMPT = /\bpart(?:ly)?[\s-]?exempt\b/i;
const EXEMPT_MARKING =
  /\b(?:not for publication|fully exempt|exempt)\b(?!\s*(?:[-–—:]\s*)?(?:items?|appendix|appendices|annex(?:es)?|reports?|minutes?|agenda|business|papers?)\b)/i;

function readPublication(snapshot: DocSnapshot, outline: Outline): Analysis["publication"] {
  const banner = snapshot.blocks.slice(0, 5).findIndex((block) => OWN_MARKING.test(block.text.trim()));
  if (banner >= 0) return { status: "exempt", text: snapshot.blocks[banner].text, block: banner };
  const occurrence = occurrencesOf(outline, "publication")[0];
  if (!occurrence) return { status: "unknown" };
  const lines = [occurrence.headingBlock, ...range(occurrence.bodyStart, Math.min(occurrence.bodyEnd, occurrence.bodyStart + 2))];
  for (const index of lines) {
    const text = withoutInstructions(snapshot.blocks[index].text);
    const status = publicationStatus(text);
    if (status) return { status, text: snapshot.blocks[index].text.trim(), block: index };
  }
  return { status: "unknown", block: occurrence.headingBlock };
}

/** The status a publication line states; "exempt" naming an item, appendix or report is about that, not the record. */
function publicationStatus(text: string): PublicationStatus | undefined {
  if (PART_EXEMPT.test(text)) return "part-exempt";
  if (EXEMPT_MARKING.test(text)) return "exempt";
  if (/\b(?:for publication|open|public)\b/i.test(text)) return "public";
  return undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

/** All the text of one occurrence's body, with block indices, for rules that read a section's content. */
export function bodyBlocks(snapshot: DocSnapshot, occurrence: SectionOccurrence): { block: number; text: string; start: number }[] {
  const parts: { block: number; text: string; start: number }[] = [];
  if (occurrence.inline) parts.push({ block: occurrence.headingBlock, text: occurrence.inline.text, start: occurrence.inline.start });
  for (let index = occurrence.bodyStart; index < occurrence.bodyEnd; index++) {
    const text = snapshot.blocks[index].text;
    if (text.trim() !== "") parts.push({ block: index, text, start: 0 });
  }
  return parts;
}

export type BodyState = "content" | "blank" | "not-applicable" | "guidance";

/**
 * The summary, empty-section and placeholder-text each ask for a statutory section's state: an occurrence, found in one
 * snapshot with one profile, is read once.
 */
const stateCache = new WeakMap<SectionOccurrence, BodyState>();

export function bodyState(snapshot: DocSnapshot, occurrence: SectionOccurrence, profile: Profile): BodyState {
  const cached = stateCache.get(occurrence);
  if (cached) return cached;
  const state = readBodyState(snapshot, occurrence, profile);
  stateCache.set(occurrence, state);
  return state;
}

function readBodyState(snapshot: DocSnapshot, occurrence: SectionOccurrence, profile: Profile): BodyState {
  const parts = bodyBlocks(snapshot, occurrence);
  if (parts.length === 0) return "blank";
  const guidance = templateText(profile).guidance;
  if (parts.every((part) => guidance.has(part.text))) return "guidance";
  if (!parts.some((part) => /[\p{L}\p{N}]/u.test(part.text))) return "blank";
  // "N/A" is short: a body of many paragraphs is content whatever its first words.
  if (parts.length > 3) return "content";
  const joined = parts.map((part) => trimEndOf(part.text.trim(), ".:;")).join(" ").trim();
  return NOT_APPLICABLE.test(joined) ? "not-applicable" : "content";
}

/** Present, missing, or empty: a body that is blank, only guidance, or (for statutory sections) a bare "N/A". */
export function sectionStatus(snapshot: DocSnapshot, analysis: Pick<Analysis, "outline" | "publication">, profile: Profile, section: SectionId): SectionStatus {
  const occurrences = occurrencesOf(analysis.outline, section);
  if (occurrences.length === 0) return "missing";
  // "For publication" states the status on the heading line itself.
  if (section === "publication") return analysis.publication.status === "unknown" ? "empty" : "present";
  const statutory = profile.sections.find((definition) => definition.id === section)?.statutory ?? false;
  const empty = occurrences.every((occurrence) => {
    const state = bodyState(snapshot, occurrence, profile);
    return state === "blank" || state === "guidance" || (statutory && state === "not-applicable");
  });
  return empty ? "empty" : "present";
}
