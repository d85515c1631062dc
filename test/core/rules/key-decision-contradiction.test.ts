import { builtInProfiles, snapshotFromText } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const decision = (text: string) => ({ decision: ["## Decision:", text] });
const modern = (keyDecision: string, decisionText: string) =>
  ["Decision title: Depot", "Decision Maker: Cabinet Member", `Is Key decision?: ${keyDecision}`, `Decision: ${decisionText}`, "Reasons for the decision: Needed.", "Alternative options considered: Doing nothing, rejected as unsafe.", "Interests and nature of interests declared: None"].join("\n");
const blockOf = (doc: string, text: string) => snapshotFromText(doc).blocks.findIndex((block) => block.text === text);

/** The fix that changes the answer at this line, the answer being its last word. */
function changeAnswer(doc: string, line: string, answer: string, replacement: string) {
  return {
    kind: "replace-text" as const,
    location: { block: blockOf(doc, line), start: line.length - answer.length, length: answer.length, text: answer },
    replacement,
    description: `Change the answer to ${replacement}`,
    done: `Changed the key-decision answer from “${answer}” to “${replacement}”`,
  };
}

const multiMillion = kentRecord(decision("I agree to award a contract worth £7.211million per annum."));
const twoWays = kentRecord({
  ...decision("I agree to spend £2.4m on the depot, and £1.2m on its access road."),
  reasons: ["## Reason(s) for decision:", "The depot's £2,400,000 is met from the capital programme."],
});
const lowerCase = kentRecord({ "key-decision": ["Key decision: no"], ...decision("I agree to spend £2.4m on the depot.") });
const modernNo = modern("No", "Approve spending of £600,000.");

testRule("key-decision-contradiction", {
  valid: [
    { name: "NO, spend under the threshold", doc: kentRecord(decision("I agree to spend £450,000 on the depot.")) },
    { name: "NO, exactly £1m is not in excess of £1m", doc: kentRecord(decision("I agree to spend £1,000,000 on the depot.")) },
    { name: "NO, and only the criteria's own £1,000,000", doc: kentRecord() },
    { name: "NO, and a threshold mentioned in the reasons", doc: kentRecord({ reasons: ["## Reason(s) for decision:", "Commissions below the £1m threshold can be approved by the Director."] }) },
    { name: "NO, and income over the threshold", doc: kentRecord(decision("I agree to accept grant funding of £4.6m from the Department for Transport.")) },
    { name: "NO, and a cap over the threshold (key-decision-cap's note)", doc: kentRecord(decision("I agree to delegate spending up to £1.5m to the Director.")) },
    { name: "YES beside a sum over the threshold", doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2.4 million on the depot.") }) },
    { name: "modern.gov: £450,000 is under its £500,000 threshold", doc: modern("No", "Approve spending of £450,000."), profile: builtInProfiles.moderngov },
  ],
  invalid: [
    {
      name: "NO beside a multi-million sum: an error, with the fix to YES",
      doc: multiMillion,
      findings: [
        {
          message: "The record says this is not a key decision, but £7.211million per annum is over the key-decision threshold (in excess of £1,000,000). Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          section: "decision",
          text: "£7.211million per annum",
          fix: changeAnswer(multiMillion, "Key decision: NO", "NO", "YES"),
        },
      ],
    },
    {
      name: "one sum written two ways and another sum: one finding, the largest first, the other listed",
      doc: twoWays,
      findings: [
        {
          message:
            "The record says this is not a key decision, but £2.4m is over the key-decision threshold (in excess of £1,000,000). So is £1.2m. Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          section: "decision",
          text: "£2.4m",
          fix: changeAnswer(twoWays, "Key decision: NO", "NO", "YES"),
        },
      ],
    },
    {
      name: "the fix keeps the answer's case",
      doc: lowerCase,
      findings: [
        {
          message: "The record says this is not a key decision, but £2.4m is over the key-decision threshold (in excess of £1,000,000). Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          fix: changeAnswer(lowerCase, "Key decision: no", "no", "yes"),
        },
      ],
    },
    {
      name: "an answer in other words has no fix: the officer rewrites it",
      doc: kentRecord({ "key-decision": ["Decision type: Non-key"], ...decision("I agree to spend £2.4m on the depot.") }),
      findings: [
        {
          message: "The record says this is not a key decision, but £2.4m is over the key-decision threshold (in excess of £1,000,000). Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          fix: null,
        },
      ],
    },
    {
      name: "modern.gov: £600,000 is over its £500,000 threshold",
      doc: modernNo,
      profile: builtInProfiles.moderngov,
      findings: [
        {
          message: "The record says this is not a key decision, but £600,000 is over the key-decision threshold (in excess of £500,000). Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          fix: changeAnswer(modernNo, "Is Key decision?: No", "No", "Yes"),
        },
      ],
    },
  ],
});
