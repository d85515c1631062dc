// The rule tester and the engine's rule contract: a tester that cannot fail proves nothing.
import { snapshotFromText } from "../../../src/core";
import { checkDocument } from "../../../src/core/check";
import { rules } from "../../../src/core/rules";
import type { Rule } from "../../../src/core/rules/types";
import { assertInvalid, assertValid, findingsOf } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const BACKWARDS = kentRecord({ reasons: ["## Reason(s) for decision:", "The consultation ran from 3 December 2021 and closed on 4 February 2021."] });
const BACKWARDS_MESSAGE = "The period runs backwards: it starts on 3 December 2021 but ends on 4 February 2021. Check the dates.";
const PLAIN_HEADING = kentRecord({ "financial-implications": ["Financial Implications", "The cost is met from the libraries budget."] });
const PLAIN_HEADING_MESSAGE =
  "“Financial Implications” is plain text, not a Word heading, so screen readers and a PDF's outline cannot find it. Make it Heading 2.";

describe("the rule tester", () => {
  test("passes a case that states the finding exactly", () => {
    expect(() => assertInvalid("date-order", { name: "backwards", doc: BACKWARDS, findings: [{ message: BACKWARDS_MESSAGE, severity: "warning" }] })).not.toThrow();
  });

  test("fails an invalid case on which the rule reports nothing", () => {
    expect(() => assertInvalid("date-order", { name: "clean", doc: kentRecord(), findings: [{ message: BACKWARDS_MESSAGE }] })).toThrow(/\+ Array \[\]/);
  });

  test("fails an invalid case that expects no finding", () => {
    expect(() => assertInvalid("date-order", { name: "empty", doc: kentRecord(), findings: [] })).toThrow('Invalid case "empty" expects no finding: list the findings, or make it a valid case.');
  });

  test("fails a valid case on which the rule reports something", () => {
    expect(() => assertValid("date-order", { name: "backwards", doc: BACKWARDS })).toThrow(/period runs backwards/);
  });

  test("fails when a finding carries a fix the case does not state", () => {
    expect(() => assertInvalid("heading-style", { name: "plain", doc: PLAIN_HEADING, findings: [{ message: PLAIN_HEADING_MESSAGE }] })).toThrow(/"fix": Object/);
  });

  test("fails when a case says `fix: null` and the finding has one", () => {
    expect(() => assertInvalid("heading-style", { name: "plain", doc: PLAIN_HEADING, findings: [{ message: PLAIN_HEADING_MESSAGE, fix: null }] })).toThrow(/"fix"/);
  });

  test("fails when a case states a fix the finding does not carry", () => {
    const fix = { kind: "replace-text" as const, location: { block: 0, start: 0, length: 1, text: "#" }, replacement: "", description: "Remove", done: "Removed" };
    expect(() => assertInvalid("date-order", { name: "backwards", doc: BACKWARDS, findings: [{ message: BACKWARDS_MESSAGE, fix }] })).toThrow(/"fix": null/);
  });

  test("runs only the rule under test", () => {
    const others = rules.filter((rule) => rule.meta.id !== "date-order");
    const spies = others.map((rule) => jest.spyOn(rule, "check"));
    try {
      expect(findingsOf("date-order", BACKWARDS).map((finding) => finding.ruleId)).toEqual(["date-order"]);
      expect(spies.filter((spy) => spy.mock.calls.length > 0)).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  test("refuses an id no rule has", () => {
    expect(() => findingsOf("date-orders", BACKWARDS)).toThrow('No rule has the id "date-orders"');
  });
});

describe("the engine holds a rule to its metadata", () => {
  const fixing = (fixable: boolean): Rule => ({
    meta: { id: "test-fixing", title: "A rule that fixes", description: "Offers a fix on the first paragraph.", severity: "warning", fixable, why: "For the engine's own test." },
    check({ snapshot, report }) {
      const text = snapshot.blocks[0].text;
      report({ message: "Fix me.", location: { block: 0, start: 0, length: text.length, text }, fix: { kind: "replace-text", location: { block: 0, start: 0, length: text.length, text }, replacement: "Fixed", description: "Fix it", done: "Fixed it" } });
    },
  });
  const snapshot = snapshotFromText("Broken");

  test("a fix from a rule whose metadata says fixable: false is a programming error, named clearly", () => {
    expect(() => checkDocument(snapshot, undefined, { rules: [fixing(false)] })).toThrow(
      'Rule "test-fixing" reported a fix but its metadata says it is not fixable: set fixable: true in src/core/rules/metadata.ts, or report the finding without a fix.',
    );
  });

  test("the same fix from a fixable rule is reported", () => {
    expect(checkDocument(snapshot, undefined, { rules: [fixing(true)] }).findings.map((finding) => [finding.ruleId, finding.fix?.description])).toEqual([["test-fixing", "Fix it"]]);
  });

});
