import type { AmountSummary } from "../report";
import { alsoOver, amountsOverThreshold, changeAnswerFix, distinctSums, sumLocations, thresholdLabel } from "./utils/key-decision-evidence";
import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const keyDecisionThreshold: Rule = {
  meta: ruleMetadata["key-decision-threshold"],
  check({ snapshot, profile, analysis, report }) {
    const label = thresholdLabel(profile);
    const days = profile.keyDecision.noticeDays;
    const reading = analysis.keyDecision;
    // One finding for all the sums: the first names the largest, the others are listed inside it.
    const at = (sums: AmountSummary[]) => ({
      section: sums[0].section,
      location: spanAt(snapshot, sums[0].block, sums[0].start, sums[0].length),
      data: { amount: sums[0].value, class: sums[0].class, reason: sums[0].reason, threshold: profile.keyDecision.threshold, answer: reading.answer, sums: sumLocations(snapshot, sums) },
    });
    const sums = distinctSums(amountsOverThreshold(analysis, profile));
    // An unanswered question under its heading is key-decision-answer's finding, which names these sums.
    const toldByAnswerRule = reading.answer === "missing" && reading.headingBlock !== undefined && profile.rules["key-decision-answer"] !== "off";
    if (sums.length > 0 && !toldByAnswerRule) {
      const largest = sums[0].text;
      if (reading.answer === "no") {
        const fix = changeAnswerFix(snapshot, analysis);
        report({
          severity: "error",
          message: `The record says this is not a key decision, but ${largest} is over the key-decision threshold (${label}).${alsoOver(sums)} Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).`,
          ...at(sums),
          ...(fix ? { fix } : {}),
        });
      } else if (reading.answer === "missing") {
        report({
          message: `${largest} is over the key-decision threshold (${label}), but the record does not say whether this is a key decision.${alsoOver(sums)} Answer YES unless the sum is not new spending, and make sure ${days} clear days' notice was given (regulation 9).`,
          ...at(sums),
        });
      } else {
        // Only a person can confirm the notice was published: a reminder, which the officer can dismiss.
        report({
          severity: "info",
          message: `${largest} is over the key-decision threshold (${label}).${alsoOver(sums)} A key decision needs ${days} clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.`,
          ...at(sums),
        });
      }
    }
    const caps = distinctSums(amountsOverThreshold(analysis, profile, ["cap"])).filter((cap) => !sums.some((sum) => sum.value === cap.value));
    if (caps.length > 0) {
      report({
        severity: "info",
        message: `The decision allows ${caps[0].text}, which is over the key-decision threshold (${label}).${alsoOver(caps)} If the full amount may be spent, treat it as a key decision.`,
        ...at(caps),
      });
    }
  },
};
