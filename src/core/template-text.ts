import type { Profile } from "./profile/schema";
import { normalisePhrase, tokenize } from "./text/heading-tokens";

/**
 * Paragraphs compared after normalisation. Most paragraphs are ruled out by their first word alone,
 * so a long document is not normalised word by word on every check.
 */
class PhraseSet {
  private readonly phrases = new Set<string>();
  private readonly firstWords = new Set<string>();

  constructor(paragraphs: Iterable<string>) {
    for (const paragraph of paragraphs) {
      const phrase = normalisePhrase(paragraph);
      if (phrase === "") continue;
      this.phrases.add(phrase);
      this.firstWords.add(phrase.split(" ")[0]);
    }
  }

  has(text: string): boolean {
    const first = tokenize(text, 0, 1)[0];
    return first !== undefined && this.firstWords.has(first.norm) && this.phrases.has(normalisePhrase(text));
  }
}

/** The profile's own template wording, so rules can tell it from what the officer wrote. */
export interface TemplateText {
  /** Guidance paragraphs: unfilled placeholders when they stand alone in a body. */
  guidance: PhraseSet;
  /** Fixed paragraphs (criteria, instructions): neither placeholders nor the officer's words. */
  boilerplate: PhraseSet;
}

const cache = new WeakMap<Profile, TemplateText>();

export function templateText(profile: Profile): TemplateText {
  const cached = cache.get(profile);
  if (cached) return cached;
  const text: TemplateText = {
    guidance: new PhraseSet(profile.sections.filter((section) => !section.boilerplate).map((section) => section.guidance)),
    boilerplate: new PhraseSet(profile.sections.flatMap((section) => section.boilerplate ?? [])),
  };
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
