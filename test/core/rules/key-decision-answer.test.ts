import { buildTemplate, builtInProfiles, snapshotFromText } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const SPEND = ["## Decision:", "I agree to approve expenditure of £2.4 million on the new depot."];
const GUIDANCE = buildTemplate(builtInProfiles.kent).sections.find((section) => section.section === "key-decision")!.body[0];
const DOCS = {
  bareOverThreshold: kentRecord({ "key-decision": ["Key decision:"], decision: SPEND }),
  noColon: kentRecord({ "key-decision": ["Key decision"], decision: SPEND }),
  guidance: kentRecord({ "key-decision": ["## Key decision:", GUIDANCE], decision: SPEND }),
};
const blockOf = (doc: string, text: string) => snapshotFromText(doc).blocks.findIndex((block) => block.text === text);
/** The fix that answers YES by replacing this whole line. */
const answerYes = (doc: string, line: string, replacement: string, description: string, done: string) => ({
  kind: "replace-text" as const,
  location: { block: blockOf(doc, line), start: 0, length: line.length, text: line },
  replacement,
  description,
  done,
});
const PROBABLY_YES =
  "The record does not say whether this is a key decision. £2.4 million is over the threshold (in excess of £1,000,000), so the answer is probably YES. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).";

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
      name: "a bare heading with spending over the threshold: the fix adds YES to the heading",
      doc: DOCS.bareOverThreshold,
      findings: [{ message: PROBABLY_YES, fix: answerYes(DOCS.bareOverThreshold, "Key decision:", "Key decision: YES", "Change “Key decision:” to “Key decision: YES”", "Changed “Key decision:” to “Key decision: YES”") }],
    },
    {
      name: "a heading with no colon: the fix adds one with the YES",
      doc: DOCS.noColon,
      findings: [{ message: PROBABLY_YES, fix: answerYes(DOCS.noColon, "Key decision", "Key decision: YES", "Change “Key decision” to “Key decision: YES”", "Changed “Key decision” to “Key decision: YES”") }],
    },
    {
      name: "the template's guidance under the heading: the fix replaces it with YES",
      doc: DOCS.guidance,
      findings: [{ message: PROBABLY_YES, fix: answerYes(DOCS.guidance, GUIDANCE, "YES", "Answer YES to the key-decision question", "Answered YES to the key-decision question") }],
    },
    {
      name: "nothing in the record says YES: no fix, the officer judges the community test",
      doc: kentRecord({ "key-decision": ["Key decision:"] }),
      findings: [{ message: "The record does not say whether this is a key decision. Answer YES or NO.", fix: null }],
    },
  ],
});
