import { alsoOver, amountsOverThreshold, distinctSums, sumLocations, keyDecisionAnswerFix, thresholdLabel } from "./utils/key-decision-evidence";
import { wholeBlock } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const keyDecisionAnswer: Rule = {
  meta: ruleMetadata["key-decision-answer"],
  check({ snapshot, profile, analysis, report }) {
    const reading = analysis.keyDecision;
    if (reading.answer !== "missing" || reading.headingBlock === undefined) return;
    // The sums over the threshold are told here, once: key-decision-unstated stays silent while the answer is missing.
    const sums = distinctSums(amountsOverThreshold(analysis, profile));
    const days = profile.keyDecision.noticeDays;
    const message =
      sums.length > 0
        ? `The record does not say whether this is a key decision. ${sums[0].text} is over the threshold (${thresholdLabel(profile)}), so the answer is probably YES.${alsoOver(sums)} Answer YES unless the sum is not new spending, and make sure ${days} clear days' notice was given (regulation 9).`
        : "The record does not say whether this is a key decision. Answer YES or NO.";
    const fix = keyDecisionAnswerFix(snapshot, analysis, profile);
    report({
      message,
      section: "key-decision",
      location: wholeBlock(snapshot, reading.headingBlock),
      ...(sums.length > 0 ? { data: { amount: sums[0].value, sums: sumLocations(snapshot, sums) } } : {}),
      ...(fix ? { fix } : {}),
    });
  },
};
