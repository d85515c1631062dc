import { builtInProfiles, parseProfile } from "../../../src/core";
import { findingsOf, testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const budget = ["## Financial Implications", "The annual budget for the STLS is £8.5m per annum."];

testRule("key-decision-unstated", {
  valid: [
    { name: "NO beside a sum over the threshold (key-decision-contradiction's error)", doc: kentRecord({ decision: ["## Decision:", "I agree to spend £2.4m on the depot."] }) },
    { name: "no key-decision line, and no sum over the threshold", doc: kentRecord({ "key-decision": null }) },
    {
      name: "unanswered under its heading: key-decision-answer names the sum",
      doc: kentRecord({ "key-decision": ["Key decision:"], "financial-implications": budget }),
    },
  ],
  invalid: [
    {
      name: "no key-decision line at all, a budget over the threshold",
      doc: kentRecord({ "key-decision": null, "financial-implications": budget }),
      findings: [
        {
          message: "£8.5m per annum is over the key-decision threshold (in excess of £1,000,000), but the record does not say whether this is a key decision. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
          severity: "warning",
          section: "financial-implications",
          text: "£8.5m per annum",
        },
      ],
    },
    {
      name: "unanswered under its heading, with key-decision-answer turned off: said here instead",
      doc: kentRecord({ "key-decision": ["Key decision:"], "financial-implications": budget }),
      profile: parseProfile({ ...builtInProfiles.kent, rules: { "key-decision-answer": "off" } }),
      findings: [
        {
          message: "£8.5m per annum is over the key-decision threshold (in excess of £1,000,000), but the record does not say whether this is a key decision. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
        },
      ],
    },
  ],
});

test("while the question under its heading is unanswered, key-decision-answer names the sum instead", () => {
  const doc = kentRecord({ "key-decision": ["Key decision:"], "financial-implications": budget });
  expect(findingsOf("key-decision-answer", doc).map((finding) => finding.message)).toEqual([
    "The record does not say whether this is a key decision. £8.5m per annum is over the threshold (in excess of £1,000,000), so the answer is probably YES. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
  ]);
});
