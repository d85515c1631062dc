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

const INSTRUCTION_OPENINGS = ["[do not include", "[don't include", "[please do not include"];
const LONGEST_INSTRUCTION = 400;

/**
 * The text with bracketed template instructions ("[Do not include information which is exempt …]")
 * blanked out, keeping its length so offsets still hold. Scanned by hand: a regex with a bounded
 * "anything but ]" run backtracks badly on unclosed brackets.
 */
export function withoutInstructions(text: string): string {
  if (!text.includes("[")) return text;
  let result = "";
  let copied = 0;
  const lower = text.toLowerCase();
  for (let open = lower.indexOf("["); open >= 0; open = lower.indexOf("[", open + 1)) {
    if (open < copied || !INSTRUCTION_OPENINGS.some((opening) => lower.startsWith(opening, open))) continue;
    const close = lower.slice(open, open + LONGEST_INSTRUCTION).indexOf("]");
    if (close < 0) continue;
    result += text.slice(copied, open) + " ".repeat(close + 1);
    copied = open + close + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}
