import { shortQuote } from "../text/quote";
import { spanAt, wholeBlock } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

const LEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,4})\.?(?=\s)/;

export const duplicateNumbering: Rule = {
  meta: ruleMetadata["duplicate-numbering"],
  check({ snapshot, analysis, report }) {
    const seen = new Map<string, number>();
    snapshot.blocks.forEach((block, index) => {
      const written = LEADING_NUMBER.exec(block.text);
      // A bullet ("•") is a list label but not a number: the number typed after it still counts.
      const numbered = block.listLabel !== undefined && /[0-9A-Z]/i.test(block.listLabel) ? block.listLabel : undefined;
      const label = (numbered ?? written?.[1])?.replace(/\.$/, "");
      if (!label) return;
      // Single numbers restart in every list; only numbered headings must be unique.
      const key = label.includes(".") ? label : analysis.outline.headingBlocks.has(index) ? `heading:${label}` : undefined;
      if (!key) return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      // Word shows no paragraph indexes, so the other paragraph is named by its words, and located for Go to.
      report({
        message: `Paragraph number ${label} is used twice (the other starts “${shortQuote(snapshot.blocks[first].text)}”). Renumber the paragraphs.`,
        section: analysis.outline.sectionOfBlock[index],
        location: written && !numbered ? spanAt(snapshot, index, 0, written[1].length) : wholeBlock(snapshot, index),
        data: { number: label, firstBlock: first, other: wholeBlock(snapshot, first) },
      });
    });
  },
};
