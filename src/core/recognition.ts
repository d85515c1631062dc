/**
 * Reading pages that are not the council's template: page furniture ("Effective from", "Call-in deadline"),
 * decisions written with no heading ("RESOLVED that …", "I agree to …") and decision-makers named only in a
 * header or attendance line. The words are profile data (`recognition`); this file only matches them.
 */
import type { Profile } from "./profile/schema";
import { numberingLength } from "./text/heading-tokens";

interface Matchers {
  furniture: RegExp | null;
  openings: RegExp | null;
  decisionMakerLines: RegExp | null;
}

const cache = new WeakMap<Profile, Matchers>();

/** A phrase as written, tolerant of case and of any run of white space between its words. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
}

/** Phrases that must open the line (after any numbering), each ending at a word boundary. */
function openingPattern(phrases: string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = phrases.map(phraseSource).map((source) => (/\w$/.test(source) ? `${source}\\b` : source));
  return new RegExp(`^(?:${alternatives.join("|")})`, "i");
}

function matchers(profile: Profile): Matchers {
  const cached = cache.get(profile);
  if (cached) return cached;
  const { furniture, decisionOpenings, decisionMakerLines } = profile.recognition;
  const built = { furniture: openingPattern(furniture), openings: openingPattern(decisionOpenings), decisionMakerLines: openingPattern(decisionMakerLines) };
  cache.set(profile, built);
  return built;
}

/**
 * The line from its first word: numbering and leading marks ("**", quotes, a bracket) taken off. The outline asks of
 * each line in turn whether it is furniture and whether it names the decision-maker, so the last line's is kept.
 */
const lastLine = { text: "", words: "" };

function lineWords(text: string): string {
  if (text !== lastLine.text) {
    const trimmed = text.trim();
    lastLine.words = trimmed.slice(numberingLength(trimmed)).replace(/^[\s*_"“(]+/, "");
    lastLine.text = text;
  }
  return lastLine.words;
}

function opening(pattern: RegExp | null, text: string): string | undefined {
  if (!pattern) return undefined;
  const match = pattern.exec(lineWords(text));
  return match ? match[0] : undefined;
}

/** Past this many words after its label, a line is a sentence that happens to start with one ("Effective from 1 April the lane …"). */
const FURNITURE_VALUE_WORDS = 4;

/** The furniture label a line opens with ("Effective from: 09/02/2024"), if it is page furniture. */
export function furnitureLabel(text: string, profile: Profile): string | undefined {
  const label = opening(matchers(profile).furniture, text);
  if (!label) return undefined;
  const rest = text.slice(text.indexOf(label) + label.length).trim();
  if (rest.startsWith(":") || rest.split(/\s+/).filter(Boolean).length <= FURNITURE_VALUE_WORDS) return label;
  return undefined;
}

/** The words that open a headingless decision ("RESOLVED", "I agree"), if the line opens one. */
export function decisionOpening(text: string, profile: Profile): string | undefined {
  return opening(matchers(profile).openings, text);
}

/** The words that open a header or attendance line naming the decision-maker ("Present:"). */
export function decisionMakerLine(text: string, profile: Profile): string | undefined {
  return opening(matchers(profile).decisionMakerLines, text);
}

export function recognisesPages(profile: Profile): boolean {
  const { furniture, decisionOpenings, decisionMakerLines } = profile.recognition;
  return furniture.length + decisionOpenings.length + decisionMakerLines.length > 0;
}
