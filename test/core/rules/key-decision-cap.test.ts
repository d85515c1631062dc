import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const decision = (text: string) => ({ decision: ["## Decision:", text] });

testRule("key-decision-cap", {
  valid: [
    { name: "a cap under the value of £1m", doc: kentRecord(decision("I agree to delegate commissions (under the value of £1m) to the Director.")) },
    { name: "a sum over the threshold that is spent, not capped", doc: kentRecord(decision("I agree to spend £2.4m on the depot.")) },
  ],
  invalid: [
    {
      name: "a cap over the threshold is a note",
      doc: kentRecord(decision("I agree to delegate spending up to £1.5m to the Director.")),
      findings: [
        {
          message: "The decision allows £1.5m, which is over the key-decision threshold (in excess of £1,000,000). If the full amount may be spent, treat it as a key decision.",
          severity: "info",
          section: "decision",
          text: "£1.5m",
        },
      ],
    },
  ],
});
