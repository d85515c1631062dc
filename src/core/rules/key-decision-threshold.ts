import type { AmountSummary } from "../report";
import { amountsOverThreshold, thresholdLabel } from "./key-decision-evidence";
import { spanAt } from "./location";
import type { Rule } from "./types";

export const keyDecisionThreshold: Rule = {
  meta: {
    id: "key-decision-threshold",
    description: "A spend or budget amount crosses the council's key-decision threshold.",
    severity: "warning",
    fixable: false,
    why: "Regulation 8 of SI 2012/2089 makes spending or saving a significant amount a key decision; the council's constitution sets the figure, and a key decision needs 28 clear days' notice (regulation 9).",
  },
  check({ snapshot, profile, analysis, report }) {
    const label = thresholdLabel(profile);
    const days = profile.keyDecision.noticeDays;
    const seen = new Set<string>();
    const once = (amount: AmountSummary) => {
      const key = `${amount.value}|${amount.text.toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const answer = analysis.keyDecision.answer;
    for (const amount of amountsOverThreshold(analysis, profile).filter(once)) {
      const location = spanAt(snapshot, amount.block, amount.start, amount.length);
      const data = { amount: amount.value, class: amount.class, reason: amount.reason, threshold: profile.keyDecision.threshold, answer };
      if (answer === "no") {
        report({
          severity: "error",
          message: `The record says this is not a key decision, but ${amount.text} is over the key-decision threshold (${label}). Change the answer to YES, or explain why this sum does not count (for example, it is already in the approved budget).`,
          section: amount.section,
          location,
          data,
        });
      } else if (answer === "missing") {
        report({
          message: `${amount.text} is over the key-decision threshold (${label}), but the record does not say whether this is a key decision. Answer YES unless the sum is not new spending, and make sure ${days} clear days' notice was given (regulation 9).`,
          section: amount.section,
          location,
          data,
        });
      } else {
        report({
          message: `${amount.text} is over the key-decision threshold (${label}). As a key decision it needs ${days} clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.`,
          section: amount.section,
          location,
          data,
        });
      }
    }
    for (const cap of amountsOverThreshold(analysis, profile, ["cap"]).filter(once)) {
      report({
        severity: "info",
        message: `The decision allows ${cap.text}, which is over the key-decision threshold (${label}). If the full amount may be spent, treat it as a key decision.`,
        section: cap.section,
        location: spanAt(snapshot, cap.block, cap.start, cap.length),
        data: { amount: cap.value, class: cap.class, reason: cap.reason, threshold: profile.keyDecision.threshold, answer },
      });
    }
  },
};
