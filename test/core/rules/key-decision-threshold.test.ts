import { builtInProfiles, snapshotFromText } from "../../../src/core";
import { findingsOf, testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const decision = (text: string) => ({ decision: ["## Decision:", text] });
const modern = (keyDecision: string, decisionText: string) =>
  ["Decision title: Depot", "Decision Maker: Cabinet Member", `Is Key decision?: ${keyDecision}`, `Decision: ${decisionText}`, "Reasons for the decision: Needed.", "Alternative options considered: Doing nothing, rejected as unsafe.", "Interests and nature of interests declared: None"].join("\n");

/** The fix that changes a plain NO to YES, in the same case, on the answer's line. */
function changeAnswer(doc: string, line: string, answer: string, replacement: string) {
  return {
    kind: "replace-text" as const,
    location: { block: snapshotFromText(doc).blocks.findIndex((block) => block.text === line), start: line.length - answer.length, length: answer.length, text: answer },
    replacement,
    description: `Change the answer to ${replacement}`,
    done: `Changed the key-decision answer from “${answer}” to “${replacement}”`,
  };
}
const multiMillion = kentRecord(decision("I agree to award a contract worth £7.211million per annum."));
const twoSums = kentRecord({
  ...decision("I agree to spend £2.4m on the depot, and £1.2m on its access road."),
  reasons: ["## Reason(s) for decision:", "The depot's £2,400,000 is met from the capital programme."],
});
const modernNo = modern("No", "Approve spending of £600,000.");

testRule("key-decision-threshold", {
  valid: [
    { name: "spend under the threshold", doc: kentRecord(decision("I agree to spend £450,000 on the depot.")) },
    { name: "exactly £1m is not in excess of £1m", doc: kentRecord(decision("I agree to spend £1,000,000 on the depot.")) },
    { name: "the criteria's own £1,000,000", doc: kentRecord() },
    { name: "a threshold mentioned in the reasons", doc: kentRecord({ reasons: ["## Reason(s) for decision:", "Commissions below the £1m threshold can be approved by the Director."] }) },
    { name: "income over the threshold", doc: kentRecord(decision("I agree to accept grant funding of £4.6m from the Department for Transport.")) },
    { name: "a cap under the value of £1m", doc: kentRecord(decision("I agree to delegate commissions (under the value of £1m) to the Director.")) },
    { name: "modern.gov: £450,000 is under its £500,000 threshold", doc: modern("No", "Approve spending of £450,000."), profile: builtInProfiles.moderngov },
  ],
  invalid: [
    {
      name: "YES: a reminder about the 28-day notice, a note the officer can dismiss",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2.4 million on the depot.") }),
      findings: [
        {
          message: "£2.4 million is over the key-decision threshold (in excess of £1,000,000). A key decision needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.",
          severity: "info",
          section: "decision",
          text: "£2.4 million",
        },
      ],
    },
    {
      name: "NO beside a multi-million sum: an error",
      doc: multiMillion,
      findings: [
        {
          message: "The record says this is not a key decision, but £7.211million per annum is over the key-decision threshold (in excess of £1,000,000). Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          text: "£7.211million per annum",
          fix: changeAnswer(multiMillion, "Key decision: NO", "NO", "YES"),
        },
      ],
    },
    {
      name: "NO, with one sum written two ways and another sum: one finding, the largest first, the other listed",
      doc: twoSums,
      findings: [
        {
          message:
            "The record says this is not a key decision, but £2.4m is over the key-decision threshold (in excess of £1,000,000). So is £1.2m. Change the answer to YES, or explain why the sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          section: "decision",
          text: "£2.4m",
          fix: changeAnswer(twoSums, "Key decision: NO", "NO", "YES"),
        },
      ],
    },
    {
      name: "answer missing with no key-decision heading at all, a budget over the threshold",
      doc: kentRecord({ "key-decision": null, "financial-implications": ["## Financial Implications", "The annual budget for the STLS is £8.5m per annum."] }),
      findings: [
        {
          message: "£8.5m per annum is over the key-decision threshold (in excess of £1,000,000), but the record does not say whether this is a key decision. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
          severity: "warning",
          section: "financial-implications",
        },
      ],
    },
    {
      name: "a cap over the threshold is a note",
      doc: kentRecord(decision("I agree to delegate spending up to £1.5m to the Director.")),
      findings: [{ message: "The decision allows £1.5m, which is over the key-decision threshold (in excess of £1,000,000). If the full amount may be spent, treat it as a key decision.", severity: "info" }],
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
    {
      name: "the same amount twice is reported once",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2m on the depot."), reasons: ["## Reason(s) for decision:", "The depot needs £2m of repairs."] }),
      findings: [{ message: "£2m is over the key-decision threshold (in excess of £1,000,000). A key decision needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published." }],
    },
  ],
});

test("says nothing while the key-decision question is unanswered under its heading: key-decision-answer names the sum", () => {
  const doc = kentRecord({ "key-decision": ["Key decision:"], "financial-implications": ["## Financial Implications", "The annual budget for the STLS is £8.5m per annum."] });
  expect(findingsOf("key-decision-threshold", doc)).toEqual([]);
  expect(findingsOf("key-decision-answer", doc).map((finding) => finding.message)).toEqual([
    "The record does not say whether this is a key decision. £8.5m per annum is over the threshold (in excess of £1,000,000), so the answer is probably YES. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
  ]);
});

describe("Change to YES", () => {
  const twoWays = kentRecord({
    "key-decision": ["Key decision: NO"],
    ...decision("I agree to spend £2.4m on the depot."),
    reasons: ["## Reason(s) for decision:", "The £2,400,000 is met from the capital programme."],
  });

  test("replaces the answer NO, and lists each distinct sum with where it is", () => {
    const [finding] = findingsOf("key-decision-threshold", twoWays);
    const snapshot = snapshotFromText(twoWays);
    const answerBlock = snapshot.blocks.findIndex((block) => block.text === "Key decision: NO");
    expect(finding.fix).toEqual({
      kind: "replace-text",
      location: { block: answerBlock, start: 14, length: 2, text: "NO" },
      replacement: "YES",
      description: "Change the answer to YES",
      done: "Changed the key-decision answer from “NO” to “YES”",
    });
    expect(finding.data?.sums).toEqual([{ value: 2_400_000, location: finding.location }]);
  });

  test.each([
    ["Is Key decision?: No", "Yes"],
    ["Key decision: no", "yes"],
  ])("keeps the case of %s", (line, replacement) => {
    const [finding] = findingsOf("key-decision-threshold", kentRecord({ "key-decision": [line], ...decision("I agree to spend £2.4m on the depot.") }));
    expect(finding.fix).toMatchObject({ replacement });
  });

  test("is not offered for an answer in other words, which the officer rewrites", () => {
    const [finding] = findingsOf("key-decision-threshold", kentRecord({ "key-decision": ["Decision type: Non-key"], ...decision("I agree to spend £2.4m on the depot.") }));
    expect(finding.severity).toBe("error");
    expect(finding.fix).toBeUndefined();
  });
});
