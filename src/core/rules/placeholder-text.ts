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

const phraseCache = new WeakMap<Profile, RegExp[]>();

/** Literal phrases, case-insensitive, with any run of white space matching a space ("Lorem  ipsum"). */
function phrasePatterns(profile: Profile): RegExp[] {
  const cached = phraseCache.get(profile);
  if (cached) return cached;
  const compiled = profile.placeholders.phrases.map((phrase) => new RegExp(phraseSource(phrase), "i"));
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
      for (const phrase of phrases) {
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
