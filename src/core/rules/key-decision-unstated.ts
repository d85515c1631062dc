import { ruleMetadata } from "./metadata";
import type { Rule } from "./types";
import { alsoOver, amountsOverThreshold, atLargestSum, distinctSums, thresholdLabel } from "./utils/key-decision-evidence";

export const keyDecisionUnstated: Rule = {
  meta: ruleMetadata["key-decision-unstated"],
  check({ snapshot, profile, analysis, report }) {
    const reading = analysis.keyDecision;
    if (reading.answer !== "missing") return;
    // An unanswered question under its heading is key-decision-answer's finding, which names these sums.
    if (reading.headingBlock !== undefined && profile.rules["key-decision-answer"] !== "off") return;
    const sums = distinctSums(amountsOverThreshold(analysis, profile));
    if (sums.length === 0) return;
    report({
      message: `${sums[0].text} is over the key-decision threshold (${thresholdLabel(profile)}), but the record does not say whether this is a key decision.${alsoOver(sums)} Answer YES unless the sum is not new spending, and make sure ${profile.keyDecision.noticeDays} clear days' notice was given (regulation 9).`,
      ...atLargestSum(snapshot, analysis, profile, sums),
    });
  },
};
