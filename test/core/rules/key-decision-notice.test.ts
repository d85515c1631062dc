import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const decision = (text: string) => ({ decision: ["## Decision:", text] });
const notice = (sums: string) =>
  `${sums} A key decision needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.`;

testRule("key-decision-notice", {
  valid: [
    { name: "YES, spend under the threshold", doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £450,000 on the depot.") }) },
    { name: "NO beside a sum over the threshold (key-decision-contradiction's error)", doc: kentRecord(decision("I agree to spend £2.4 million on the depot.")) },
    { name: "YES, and only a cap over the threshold (key-decision-cap's note)", doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to delegate spending up to £1.5m to the Director.") }) },
  ],
  invalid: [
    {
      name: "YES: a reminder about the 28-day notice, a note the officer can dismiss",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2.4 million on the depot.") }),
      findings: [{ message: notice("£2.4 million is over the key-decision threshold (in excess of £1,000,000)."), severity: "info", section: "decision", text: "£2.4 million" }],
    },
    {
      name: "the same amount twice is reported once",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2m on the depot."), reasons: ["## Reason(s) for decision:", "The depot needs £2m of repairs."] }),
      findings: [{ message: notice("£2m is over the key-decision threshold (in excess of £1,000,000).") }],
    },
    {
      name: "several sums: the largest first, the others listed",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £1.5m on the roof, £3m on the depot, £2m on the road and £1.2m on the yard.") }),
      findings: [{ message: notice("£3m is over the key-decision threshold (in excess of £1,000,000). So are £2m, £1.5m and £1.2m."), text: "£3m" }],
    },
  ],
});
