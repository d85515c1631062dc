import { ruleMetadata } from "./metadata";
import type { Rule } from "./types";
import { alsoOver, amountsOverThreshold, atLargestSum, distinctSums, thresholdLabel } from "./utils/key-decision-evidence";

export const keyDecisionCap: Rule = {
  meta: ruleMetadata["key-decision-cap"],
  check({ snapshot, profile, analysis, report }) {
    // A cap that is also spent outright ("£2m, up to £2m") is that sum, which the other key-decision rules weigh.
    const spent = new Set(amountsOverThreshold(analysis, profile).map((sum) => sum.value));
    const caps = distinctSums(amountsOverThreshold(analysis, profile, ["cap"])).filter((cap) => !spent.has(cap.value));
    if (caps.length === 0) return;
    report({
      message: `The decision allows ${caps[0].text}, which is over the key-decision threshold (${thresholdLabel(profile)}).${alsoOver(caps)} If the full amount may be spent, treat it as a key decision.`,
      ...atLargestSum(snapshot, analysis, profile, caps),
    });
  },
};
