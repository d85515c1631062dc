import type { Rule } from "./types";

export const malformedAmount: Rule = {
  meta: {
    id: "malformed-amount",
    title: "Unreadable amount",
    description: "An amount of money whose digits cannot be read unambiguously.",
    severity: "warning",
    fixable: false,
    why: "A figure that can be read two ways (£1.5m or £15m) cannot be checked against the key-decision threshold, and the public record must be unambiguous.",
  },
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
