import { amountsOverThreshold, keyDecisionAnswerFix, thresholdLabel } from "./key-decision-evidence";
import { wholeBlock } from "./location";
import type { Rule } from "./types";

export const keyDecisionAnswer: Rule = {
  meta: {
    id: "key-decision-answer",
    description: "The key-decision heading has no YES or NO answer.",
    severity: "error",
    fixable: true,
    why: "Whether a decision is key decides whether it needed 28 clear days' notice (regulation 9 of SI 2012/2089); the record must say which it is.",
  },
  check({ snapshot, profile, analysis, report }) {
    const reading = analysis.keyDecision;
    if (reading.answer !== "missing" || reading.headingBlock === undefined) return;
    const over = amountsOverThreshold(analysis, profile);
    const hint = over.length > 0 ? ` ${over[0].text} is over the threshold (${thresholdLabel(profile)}), so the answer is probably YES.` : "";
    const fix = keyDecisionAnswerFix(snapshot, analysis, profile);
    report({
      message: `The record does not say whether this is a key decision. Answer YES or NO.${hint}`,
      section: "key-decision",
      location: wholeBlock(snapshot, reading.headingBlock),
      ...(fix ? { fix } : {}),
    });
  },
};
