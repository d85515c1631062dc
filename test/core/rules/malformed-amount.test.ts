import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const withDecision = (text: string) => kentRecord({ decision: ["## Decision:", text] });

testRule("malformed-amount", {
  valid: [
    { name: "well-formed figures", doc: withDecision("I agree to spend £45,000 now and £1.25m next year.") },
    { name: "a scale word with three decimals", doc: withDecision("I agree to spend £7.211m.") },
  ],
  invalid: [
    {
      name: "digits not grouped in threes",
      doc: withDecision("I agree to spend £1,5000,000 on the scheme."),
      findings: [{ message: "“£1,5000,000” cannot be read unambiguously: its digits are not grouped in threes. Write the figure again, for example £1,500,000 or £1.5m.", section: "decision", text: "£1,5000,000", severity: "warning" }],
    },
    {
      name: "two decimal points",
      doc: withDecision("I agree to spend £1.500.000 on the scheme."),
      findings: [{ message: "“£1.500.000” cannot be read unambiguously: it has more than one decimal point. Write the figure again, for example £1,500,000 or £1.5m.", text: "£1.500.000" }],
    },
  ],
});
