import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const REASONS = "## Reason(s) for decision:";
const ALTERNATIVES = "## Any alternatives considered and rejected:";

testRule("empty-section", {
  valid: [
    { name: "a complete record", doc: kentRecord() },
    { name: "“None” is an answer for interests", doc: kentRecord({ interests: ["Any interest declared when the decision was taken and any dispensation granted by the Proper Officer: None"] }) },
    { name: "a non-statutory section may say N/A", doc: kentRecord({ "legal-implications": ["## Legal implications", "N/A"] }) },
    {
      name: "one of two alternatives headings has the content",
      doc: kentRecord({ alternatives: [ALTERNATIVES, "Doing nothing was rejected: demand is rising.", "## Other options considered", ""] }),
    },
  ],
  invalid: [
    { name: "reasons with nothing under the heading", doc: kentRecord({ reasons: [REASONS] }), findings: [{ message: "The “Reason(s) for decision” section has a heading but nothing under it. Write it out in full.", section: "reasons", text: "Reason(s) for decision:" }] },
    { name: "alternatives that say only N/A", doc: kentRecord({ alternatives: [ALTERNATIVES, "N/A"] }), findings: [{ message: "The “Any alternatives considered and rejected” section says only “N/A”. Write it out in full.", section: "alternatives" }] },
    { name: "alternatives: Not applicable.", doc: kentRecord({ alternatives: [`${ALTERNATIVES.slice(3)} Not applicable.`] }), findings: [{ message: "The “Any alternatives considered and rejected” section says only “N/A”. Write it out in full.", section: "alternatives" }] },
    {
      name: "a decision that still holds the template's guidance",
      doc: kentRecord({ decision: ["## Decision:", "[State the decision in full, e.g. “As Cabinet Member for …, I agree to: …”]"] }),
      findings: [{ message: "The “Decision” section still holds only the template's guidance. Write it out in full.", section: "decision", severity: "error" }],
    },
    {
      name: "an interests heading followed straight by the signature",
      doc: kentRecord({ interests: ["## Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:"], signature: ["signed", "date"] }),
      findings: [{ message: "The “Any interest declared when the decision was taken and any dispensation granted by the Proper Officer” section has a heading but nothing under it. Write it out in full.", section: "interests" }],
    },
  ],
});
