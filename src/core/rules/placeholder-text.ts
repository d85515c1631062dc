import { shortQuote } from "../text/quote";
import { sectionStatus } from "../analyse";
import { compilePatterns } from "../profile/profile-patterns";
import type { Profile } from "../profile/schema";
import type { SectionId } from "../sections";
import { phraseSource } from "../recognition";
import { templateText } from "../template-text";
import { spanAt, wholeBlock } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

interface PhrasePatterns {
  /** Each phrase on its own, in the profile's order: the first one a paragraph holds is the one reported. */
  each: RegExp[];
  /** Every phrase at once: one search rules out a paragraph that holds none, where each phrase was a search of its own. */
  any: RegExp | null;
}

const phraseCache = new WeakMap<Profile, PhrasePatterns>();

/** Literal phrases, case-insensitive, with any run of white space matching a space ("Lorem  ipsum"). */
function phrasePatterns(profile: Profile): PhrasePatterns {
  const cached = phraseCache.get(profile);
  if (cached) return cached;
  const sources = profile.placeholders.phrases.map(phraseSource);
  const compile = (source: string) => new RegExp(source, "i");
  const compiled = { each: sources.map(compile), any: sources.length > 0 ? compile(sources.join("|")) : null };
  phraseCache.set(profile, compiled);
  return compiled;
}

export const placeholderText: Rule = {
  meta: ruleMetadata["placeholder-text"],
  check({ snapshot, profile, analysis, report }) {
    const guidance = templateText(profile).guidance;
    const phrases = phrasePatterns(profile);
    const patterns = compilePatterns(profile);
    // Other rules already report these blocks: an empty statutory section, or the unanswered key-decision question.
    const ownedElsewhere = new Set<SectionId>();
    for (const section of profile.sections) {
      if (section.statutory && sectionStatus(snapshot, analysis, profile, section.id) === "empty") ownedElsewhere.add(section.id);
    }
    if (analysis.keyDecision.answer === "missing") ownedElsewhere.add("key-decision");

    snapshot.blocks.forEach((block, index) => {
      const section = analysis.outline.sectionOfBlock[index];
      if (section && ownedElsewhere.has(section)) return;
      const text = block.text;
      if (text.trim() === "") return;
      if (guidance.has(text)) {
        report({
          message: `Template guidance is still here: “${shortQuote(text)}”. Replace it with the record's own text.`,
          section,
          location: wholeBlock(snapshot, index),
          data: { kind: "guidance" },
        });
        return;
      }
      const held = phrases.any?.test(text) ? phrases.each : [];
      for (const phrase of held) {
        const found = phrase.exec(text);
        if (!found) continue;
        const at = found.index;
        const closing = text.indexOf("]", at);
        const length = text.startsWith("[", at) && closing > at ? closing + 1 - at : found[0].length;
        report({ message: `“${shortQuote(text.slice(at, at + length))}” is a placeholder. Fill it in.`, section, location: spanAt(snapshot, index, at, length), data: { kind: "phrase" } });
        return;
      }
      for (const pattern of patterns) {
        const match = pattern.exec(text);
        if (!match || match[0].length === 0) continue;
        report({ message: `“${shortQuote(match[0].trim() || text)}” looks like an unfilled placeholder. Fill it in or remove it.`, section, location: spanAt(snapshot, index, match.index, match[0].length), data: { kind: "pattern" } });
        return;
      }
    });
  },
};
