import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const malformedAmount: Rule = {
  meta: ruleMetadata["malformed-amount"],
  check({ snapshot, analysis, report }) {
    for (const bad of analysis.malformed) {
      report({
        message: `“${bad.text}” cannot be read unambiguously: ${bad.reason}. Write the figure again, for example £1,500,000 or £1.5m.`,
        section: analysis.outline.sectionOfBlock[bad.block],
        location: { block: bad.block, start: bad.start, length: bad.length, text: snapshot.blocks[bad.block].text.slice(bad.start, bad.start + bad.length) },
        data: { reason: bad.reason },
      });
    }
  },
};
