import { bodyState } from "../analyse";
import { occurrencesOf } from "../outline";
import { wholeBlock } from "./utils/location";
import { sectionLabel } from "./utils/section-name";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

const DESCRIPTION: Record<string, string> = {
  blank: "has a heading but nothing under it",
  "not-applicable": "says only “N/A”",
  guidance: "still holds only the template's guidance",
};

export const emptySection: Rule = {
  meta: ruleMetadata["empty-section"],
  check({ snapshot, profile, analysis, report }) {
    for (const section of profile.sections) {
      if (!section.statutory) continue;
      const occurrences = occurrencesOf(analysis.outline, section.id);
      if (occurrences.length === 0) continue;
      const states = occurrences.map((occurrence) => bodyState(snapshot, occurrence, profile));
      if (states.includes("content")) continue;
      const first = occurrences[0];
      const state = states[0];
      report({
        message: `The “${sectionLabel(section.heading)}” section ${DESCRIPTION[state]}. Write it out in full.`,
        section: section.id,
        location: wholeBlock(snapshot, first.headingBlock),
        data: { section: section.id, state, ...(first.evidence ? { evidence: first.evidence } : {}) },
      });
    }
  },
};
