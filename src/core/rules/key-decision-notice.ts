import { ruleMetadata } from "./metadata";
import type { Rule } from "./types";
import { alsoOver, amountsOverThreshold, atLargestSum, distinctSums, thresholdLabel } from "./utils/key-decision-evidence";

export const keyDecisionNotice: Rule = {
  meta: ruleMetadata["key-decision-notice"],
  check({ snapshot, profile, analysis, report }) {
    if (analysis.keyDecision.answer !== "yes") return;
    const sums = distinctSums(amountsOverThreshold(analysis, profile));
    if (sums.length === 0) return;
    // Only a person can confirm the notice was published: a reminder, which the officer can dismiss.
    report({
      message: `${sums[0].text} is over the key-decision threshold (${thresholdLabel(profile)}).${alsoOver(sums)} A key decision needs ${profile.keyDecision.noticeDays} clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.`,
      ...atLargestSum(snapshot, analysis, profile, sums),
    });
  },
};
