import { buildTemplate, builtInProfiles } from "../../../src/core";
import { findingsOf, testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const SPEND = ["## Decision:", "I agree to approve expenditure of £2.4 million on the new depot."];

testRule("key-decision-answer", {
  valid: [
    { name: "Key decision: NO", doc: kentRecord() },
    { name: "Key decision: YES", doc: kentRecord({ "key-decision": ["Key decision: YES"] }) },
    { name: "Is Key decision?: No", doc: kentRecord({ "key-decision": ["Is Key decision?: No"] }) },
    { name: "Decision type: Non-key", doc: kentRecord({ "key-decision": ["Decision type: Non-key"] }) },
    { name: "Decision type: Key", doc: kentRecord({ "key-decision": ["Decision type: Key"] }) },
    { name: "the answer on the line under the heading", doc: kentRecord({ "key-decision": ["## Key decision:", "Yes – expenditure over £1m"] }) },
    { name: "no heading at all is required-section's business", doc: kentRecord({ "key-decision": null }) },
  ],
  invalid: [
    {
      name: "a bare heading",
      doc: kentRecord({ "key-decision": ["### Key decision:"] }),
      findings: [{ message: "The record does not say whether this is a key decision. Answer YES or NO.", section: "key-decision", severity: "error", text: "Key decision:" }],
    },
    {
      name: "an answer that is neither YES nor NO",
      doc: kentRecord({ "key-decision": ["Key decision: TBC"] }),
      findings: [{ message: "The record does not say whether this is a key decision. Answer YES or NO.", text: "Key decision: TBC" }],
    },
    {
      name: "a bare heading with spending over the threshold",
      doc: kentRecord({ "key-decision": ["Key decision:"], decision: SPEND }),
      findings: [
        {
          message:
            "The record does not say whether this is a key decision. £2.4 million is over the threshold (in excess of £1,000,000), so the answer is probably YES. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
        },
      ],
    },
  ],
});

describe("the fix", () => {
  test("adds YES to the heading when the record's own figures cross the threshold", () => {
    const [finding] = findingsOf("key-decision-answer", kentRecord({ "key-decision": ["Key decision"], decision: SPEND }));
    expect(finding.fix).toEqual({
      kind: "replace-text",
      location: { block: finding.location!.block, start: 0, length: 12, text: "Key decision" },
      replacement: "Key decision: YES",
      description: "Change “Key decision” to “Key decision: YES”",
      done: "Changed “Key decision” to “Key decision: YES”",
    });
  });

  test("replaces the template's guidance line when there is one", () => {
    const guidance = buildTemplate(builtInProfiles.kent).sections.find((section) => section.section === "key-decision")!.body[0];
    const [finding] = findingsOf("key-decision-answer", kentRecord({ "key-decision": ["## Key decision:", guidance], decision: SPEND }));
    expect(finding.fix).toMatchObject({ kind: "replace-text", replacement: "YES", location: { text: "[YES or NO]" } });
  });

  test("is not offered when nothing in the record says YES", () => {
    const [finding] = findingsOf("key-decision-answer", kentRecord({ "key-decision": ["Key decision:"] }));
    expect(finding.fix).toBeUndefined();
  });
});
