// key-decision-threshold was one rule with three severities; it is now four rules, and the old id still works.
import { builtInProfiles, checkDocument, parseProfile, ruleMetasFor, snapshotFromText, type Profile, type RuleLevel } from "../../../src/core";
import { kentRecord } from "../../support/records";

const SPLIT = ["key-decision-contradiction", "key-decision-unstated", "key-decision-notice", "key-decision-cap"];

/** One record for each of the four findings: NO, no answer, YES, and a cap, each beside a sum over £1m. */
const RECORDS = {
  no: kentRecord({ decision: ["## Decision:", "I agree to spend £2.4m on the depot."] }),
  unstated: kentRecord({ "key-decision": null, decision: ["## Decision:", "I agree to spend £2.4m on the depot."] }),
  yes: kentRecord({ "key-decision": ["Key decision: YES"], decision: ["## Decision:", "I agree to spend £2.4m on the depot."] }),
  cap: kentRecord({ decision: ["## Decision:", "I agree to delegate spending up to £1.5m to the Director."] }),
};

const withRules = (rules: Record<string, RuleLevel>): Profile => parseProfile({ ...builtInProfiles.kent, rules });

/** [record, rule id, severity] for every finding of the four rules. */
function split(profile: Profile = builtInProfiles.kent): [string, string, string][] {
  return Object.entries(RECORDS).flatMap(([name, doc]) =>
    checkDocument(snapshotFromText(doc), profile)
      .findings.filter((finding) => SPLIT.includes(finding.ruleId))
      .map((finding): [string, string, string] => [name, finding.ruleId, finding.severity]),
  );
}

test("each finding has its own id and its own default severity", () => {
  expect(split()).toEqual([
    ["no", "key-decision-contradiction", "error"],
    ["unstated", "key-decision-unstated", "warning"],
    ["yes", "key-decision-notice", "info"],
    ["cap", "key-decision-cap", "info"],
  ]);
});

test("a profile can now change one of them without flattening the others", () => {
  expect(split(withRules({ "key-decision-notice": "off", "key-decision-cap": "warning" }))).toEqual([
    ["no", "key-decision-contradiction", "error"],
    ["unstated", "key-decision-unstated", "warning"],
    ["cap", "key-decision-cap", "warning"],
  ]);
});

describe("a profile written with the old id", () => {
  test("is valid", () => {
    expect(withRules({ "key-decision-threshold": "off" }).rules).toEqual({ "key-decision-threshold": "off" });
  });

  test("“off” still turns all four off", () => {
    expect(split(withRules({ "key-decision-threshold": "off" }))).toEqual([]);
  });

  test("a severity still applies to all four, as it did to the one rule", () => {
    expect(split(withRules({ "key-decision-threshold": "warning" }))).toEqual([
      ["no", "key-decision-contradiction", "warning"],
      ["unstated", "key-decision-unstated", "warning"],
      ["yes", "key-decision-notice", "warning"],
      ["cap", "key-decision-cap", "warning"],
    ]);
  });

  test("gives way to a new id set beside it", () => {
    expect(split(withRules({ "key-decision-threshold": "off", "key-decision-contradiction": "error" }))).toEqual([["no", "key-decision-contradiction", "error"]]);
  });
});

test("the old id names the four rules split from it", () => {
  expect(ruleMetasFor("key-decision-threshold").map((meta) => meta.id)).toEqual(SPLIT);
  expect(ruleMetasFor("key-decision-notice").map((meta) => meta.id)).toEqual(["key-decision-notice"]);
  expect(ruleMetasFor("key-decision-thresholds")).toEqual([]);
});
