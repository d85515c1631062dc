import { occurrencesOf } from "../outline";
import type { SectionId } from "../sections";
import { sectionLabel } from "./utils/section-name";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const requiredSection: Rule = {
  meta: ruleMetadata["required-section"],
  check({ profile, analysis, report }) {
    const present = (id: SectionId) => occurrencesOf(analysis.outline, id).length > 0;
    // A section inferred from the page (a first line read as the title) is no sign that the record was begun.
    const written = (id: SectionId) => occurrencesOf(analysis.outline, id).some((occurrence) => occurrence.via !== "inferred");
    // A document with none of the record's sections is not a record with gaps: one offer to insert the template.
    if (!profile.sections.some((section) => written(section.id))) {
      const mandatory = profile.sections.filter((section) => section.mandatory && !(section.id === "signature" && analysis.proposed));
      if (mandatory.length === 0) return;
      report({
        message: `This document has none of the record's sections yet. Insert the template: it adds all ${profile.sections.length} sections, with guidance, in order.`,
        data: { template: true, sections: mandatory.map((section) => section.id) },
      });
      return;
    }
    profile.sections.forEach((section, index) => {
      if (!section.mandatory || present(section.id)) return;
      // A proposed record is signed only once the decision is taken.
      if (section.id === "signature" && analysis.proposed) return;
      const after = profile.sections
        .slice(0, index)
        .reverse()
        .find((earlier) => present(earlier.id))?.id;
      const name = sectionLabel(section.heading);
      report({
        // The law requires the statutory sections, and the key-decision answer decides whether notice was due;
        // the rest are the council's template, which weighs less.
        severity: section.statutory || section.id === "key-decision" ? "error" : "warning",
        message: `The “${name}” section is missing. Add it${after ? "" : " near the top"}: use Fix or Insert template.`,
        section: section.id,
        data: { section: section.id },
        fix: { kind: "insert-section", section: section.id, ...(after ? { after } : {}), description: `Insert the “${name}” section`, done: `Inserted the “${name}” section` },
      });
    });
  },
};
