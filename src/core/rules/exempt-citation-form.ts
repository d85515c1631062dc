import type { Citation } from "../schedule-12a";
import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

const ENGLAND = { part: 1, low: 1, high: 7, other: "Part 4 (Wales)" };
const WALES = { part: 4, low: 12, high: 18, other: "Part 1 (England)" };

/** Paragraphs 7A–7C (the old standards regime) are still valid Part 1 references. */
function paragraphNumber(value: string): number {
  return Number.parseInt(value, 10);
}

export const exemptCitationForm: Rule = {
  meta: ruleMetadata["exempt-citation-form"],
  check({ snapshot, profile, analysis, report }) {
    const scheme = profile.jurisdiction === "wales" ? WALES : ENGLAND;
    const citations = analysis.citations;
    const problem = (citation: Citation): string | undefined => {
      if (citation.paragraphs.length === 0) {
        return `“${citation.text}” does not say which paragraph of Schedule 12A applies. Cite it as “paragraph N of Part ${scheme.part} of Schedule 12A to the Local Government Act 1972”.`;
      }
      const numbers = citation.paragraphs.map(paragraphNumber);
      const foreign = scheme === ENGLAND ? citation.part === 4 || numbers.some((n) => n >= 12 && n <= 18) : citation.part === 1 || numbers.some((n) => n >= 1 && n <= 7);
      if (foreign) {
        return `“${citation.text}” uses ${scheme.other} numbering, which does not apply to this council. Cite the matching paragraph of Part ${scheme.part}.`;
      }
      const outside = citation.paragraphs.filter((value) => paragraphNumber(value) < scheme.low || paragraphNumber(value) > scheme.high);
      if (outside.length > 0) {
        return `Paragraph ${outside.join(", ")} is not one of the descriptions of exempt information in Part ${scheme.part} of Schedule 12A (paragraphs ${scheme.low}–${scheme.high}). Check the paragraph number.`;
      }
      if (citation.part === undefined) {
        return `“${citation.text}” leaves out the Part. Cite it as “paragraph ${citation.paragraphs.join(" and ")} of Part ${scheme.part} of Schedule 12A”.`;
      }
      return undefined;
    };
    for (const citation of citations) {
      const message = problem(citation);
      if (!message) continue;
      report({
        message,
        section: analysis.outline.sectionOfBlock[citation.block],
        location: spanAt(snapshot, citation.block, citation.start, citation.length),
        data: { paragraphs: citation.paragraphs, part: citation.part },
      });
    }
    if (citations.some((citation) => citation.paragraphs.length > 0)) return;
    const confidential = analysis.exemptPhrases[0];
    if (!confidential) return;
    report({
      message: `The record refers to “${confidential.text}” but cites no paragraph of Schedule 12A. Say which paragraph of Part ${scheme.part} makes it exempt, and give the public interest test.`,
      section: analysis.outline.sectionOfBlock[confidential.block],
      location: spanAt(snapshot, confidential.block, confidential.start, confidential.length),
      data: { phrase: confidential.text.toLowerCase() },
    });
  },
};
