import { occurrencesOf } from "../outline";
import type { SectionId } from "../sections";
import type { Rule } from "./types";

export const requiredSection: Rule = {
  meta: {
    id: "required-section",
    description: "A section the law or the council's template requires is missing.",
    severity: "error",
    fixable: true,
    why: "Regulations 12 and 13 of SI 2012/2089 require the decision and its date, the reasons, the alternatives considered and rejected, any conflict of interest declared and any dispensation; the council's template adds the rest.",
  },
  check({ profile, analysis, report }) {
    const present = (id: SectionId) => occurrencesOf(analysis.outline, id).length > 0;
    profile.sections.forEach((section, index) => {
      if (!section.mandatory || present(section.id)) return;
      // A proposed record is signed only once the decision is taken.
      if (section.id === "signature" && analysis.proposed) return;
      const after = profile.sections
        .slice(0, index)
        .reverse()
        .find((earlier) => present(earlier.id))?.id;
      report({
        message: `The “${section.heading.replace(/:$/, "")}” section is missing. Add it${after ? "" : " near the top"}: use Fix or Insert template.`,
        section: section.id,
        data: { section: section.id },
        fix: { kind: "insert-section", section: section.id, ...(after ? { after } : {}), description: `Insert the “${section.heading.replace(/:$/, "")}” section` },
      });
    });
  },
};
