import type { Profile } from "./profile/schema";
import { normalisePhrase } from "./text/heading-tokens";

/** The profile's own template wording, so rules can tell it from what the officer wrote. */
export interface TemplateText {
  /** Normalised guidance paragraphs: unfilled placeholders when they stand alone in a body. */
  guidance: Set<string>;
  /** Normalised fixed paragraphs (criteria, instructions): neither placeholders nor the officer's words. */
  boilerplate: Set<string>;
}

const cache = new WeakMap<Profile, TemplateText>();

export function templateText(profile: Profile): TemplateText {
  const cached = cache.get(profile);
  if (cached) return cached;
  const text: TemplateText = { guidance: new Set(), boilerplate: new Set() };
  for (const section of profile.sections) {
    if (section.boilerplate) section.boilerplate.forEach((paragraph) => text.boilerplate.add(normalisePhrase(paragraph)));
    else text.guidance.add(normalisePhrase(section.guidance));
  }
  text.boilerplate.delete("");
  text.guidance.delete("");
  cache.set(profile, text);
  return text;
}

/** Bracketed template instructions such as "[Do not include information which is exempt …]". */
export const TEMPLATE_INSTRUCTION = /\[(?:do not|don't|please do not) include[^\]]{0,400}\]/gi;

/** The text with template instructions blanked out (same length, so offsets still hold). */
export function withoutInstructions(text: string): string {
  return text.replace(TEMPLATE_INSTRUCTION, (match) => " ".repeat(match.length));
}
