import { bodyBlocks } from "../analyse";
import { occurrencesOf } from "../outline";
import { trimEndOf } from "../text/trim";
import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

const NOTHING_DECLARED =
  /^(?:none|nil|no|dim|n\/?a|not applicable|none declared|none were declared|none received|no interests?(?: were)? declared|no (?:conflicts?|declarations?)(?: of interest)?(?: (?:were )?declared)?|none and no dispensation (?:was )?(?:required|granted)|as stated above)$/i;
const DISPENSATION = /\bdispensations?\b/i;

export const interestDispensation: Rule = {
  meta: ruleMetadata["interest-dispensation"],
  check({ snapshot, analysis, report }) {
    for (const occurrence of occurrencesOf(analysis.outline, "interests")) {
      const parts = bodyBlocks(snapshot, occurrence).filter((part) => /[\p{L}\p{N}]/u.test(part.text));
      if (parts.length === 0) continue;
      const joined = parts.map((part) => trimEndOf(part.text.trim(), ".;:")).join(" ");
      // A bilingual answer ("Dim / None") says nothing was declared if either language does.
      const nothing = NOTHING_DECLARED.test(joined) || joined.split(" / ").some((half) => NOTHING_DECLARED.test(half.trim()));
      if (nothing || DISPENSATION.test(joined)) continue;
      const first = parts[0];
      report({
        message: "An interest is declared but no dispensation is recorded. Say whether a dispensation was granted, and by whom, or that none was needed.",
        section: "interests",
        location: spanAt(snapshot, first.block, first.start, first.text.length),
        data: { declared: joined.slice(0, 200) },
      });
    }
  },
};
