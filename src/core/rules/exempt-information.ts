import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const exemptInformation: Rule = {
  meta: ruleMetadata["exempt-information"],
  check({ snapshot, analysis, report }) {
    const status = analysis.publication.status;
    if (status === "exempt" || status === "part-exempt") return;
    const marked = status === "public" ? "is marked for publication" : "will be published";
    // Marked for publication, it will be published as it stands: an error. With no publication line, a warning.
    const severity = status === "public" ? "error" : "warning";
    const citedBlocks = new Set<number>();
    for (const citation of analysis.citations) {
      if (citedBlocks.has(citation.block)) continue;
      citedBlocks.add(citation.block);
      report({
        severity,
        message: `This record ${marked} but cites Schedule 12A (“${citation.text}”). Keep the exempt information in a separate exempt appendix, and check that nothing exempt is in this record.`,
        section: analysis.outline.sectionOfBlock[citation.block],
        location: spanAt(snapshot, citation.block, citation.start, citation.length),
        data: { paragraphs: citation.paragraphs },
      });
    }
    for (const phrase of analysis.exemptPhrases) {
      report({
        severity,
        message: `This record ${marked} but mentions “${phrase.text}”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.`,
        section: analysis.outline.sectionOfBlock[phrase.block],
        location: spanAt(snapshot, phrase.block, phrase.start, phrase.length),
        data: { phrase: phrase.text.toLowerCase() },
      });
    }
  },
};
