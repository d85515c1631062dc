import { builtInProfiles, getRuleMeta } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const decision = (text: string) => ({ decision: ["## Decision:", text] });
const modern = (keyDecision: string, decisionText: string) =>
  ["Decision title: Depot", "Decision Maker: Cabinet Member", `Is Key decision?: ${keyDecision}`, `Decision: ${decisionText}`, "Reasons for the decision: Needed.", "Alternative options considered: Doing nothing, rejected as unsafe.", "Interests and nature of interests declared: None"].join("\n");

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
      name: "YES: a reminder about the 28-day notice",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2.4 million on the depot.") }),
      findings: [
        {
          message: "£2.4 million is over the key-decision threshold (in excess of £1,000,000). As a key decision it needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published.",
          severity: "warning",
          section: "decision",
          text: "£2.4 million",
        },
      ],
    },
    {
      name: "NO beside a multi-million sum: an error",
      doc: kentRecord(decision("I agree to award a contract worth £7.211million per annum.")),
      findings: [
        {
          message: "The record says this is not a key decision, but £7.211million per annum is over the key-decision threshold (in excess of £1,000,000). Change the answer to YES, or explain why this sum does not count (for example, it is already in the approved budget).",
          severity: "error",
          text: "£7.211million per annum",
        },
      ],
    },
    {
      name: "answer missing, a budget over the threshold",
      doc: kentRecord({ "key-decision": ["Key decision:"], "financial-implications": ["## Financial Implications", "The annual budget for the STLS is £8.5m per annum."] }),
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
      doc: modern("No", "Approve spending of £600,000."),
      profile: builtInProfiles.moderngov,
      findings: [
        {
          message: "The record says this is not a key decision, but £600,000 is over the key-decision threshold (in excess of £500,000). Change the answer to YES, or explain why this sum does not count (for example, it is already in the approved budget).",
          severity: "error",
        },
      ],
    },
    {
      name: "the same amount twice is reported once",
      doc: kentRecord({ "key-decision": ["Key decision: YES"], ...decision("I agree to spend £2m on the depot."), reasons: ["## Reason(s) for decision:", "The depot needs £2m of repairs."] }),
      findings: [{ message: "£2m is over the key-decision threshold (in excess of £1,000,000). As a key decision it needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9): check the notice was published." }],
    },
  ],
});

test("is known by its public id, a warning by default", () => {
  expect(getRuleMeta("key-decision-threshold")).toMatchObject({ id: "key-decision-threshold", severity: "warning", fixable: false });
});
