import { ruleMetadata } from "./metadata";
import type { Rule } from "./types";
import { alsoOver, amountsOverThreshold, atLargestSum, changeAnswerFix, distinctSums, thresholdLabel } from "./utils/key-decision-evidence";

export const keyDecisionContradiction: Rule = {
  meta: ruleMetadata["key-decision-contradiction"],
  check({ snapshot, profile, analysis, report }) {
    if (analysis.keyDecision.answer !== "no") return;
    const sums = distinctSums(amountsOverThreshold(analysis, profile));
    if (sums.length === 0) return;
    const fix = changeAnswerFix(snapshot, analysis);
    report({
      message: `The record says this is not a key decision, but ${sums[0].text} is over the key-decision threshold (${thresholdLabel(profile)}).${alsoOver(sums)} Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).`,
      ...atLargestSum(snapshot, analysis, profile, sums),
      ...(fix ? { fix } : {}),
    });
  },
};
