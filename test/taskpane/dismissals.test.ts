import { findingKey, type Finding } from "../../src/core/report";
import { ruleMetas } from "../../src/core/rules/metadata";
import { partition, type Dismissal } from "../../src/taskpane/dismissals";

const formerIds = (ruleId: string) => ruleMetas.find((meta) => meta.id === ruleId)?.deprecatedIds ?? [];

const notice: Finding = {
  ruleId: "key-decision-notice",
  severity: "info",
  message: "£2,400,000 is over the key-decision threshold (£1,000,000). Check the notice was published.",
  section: "decision",
  location: { block: 4, start: 0, length: 10, text: "£2,400,000" },
};

const dismissedAs = (ruleId: string): Dismissal => ({ key: findingKey({ ...notice, ruleId }), at: "2026-10-01", reason: "Notice published 1 September" });

describe("dismissals across a rule's change of id", () => {
  it.each([
    ["saved under the rule's own id", "key-decision-notice", "dismissed"],
    ["saved before key-decision-threshold was split", "key-decision-threshold", "dismissed"],
    ["saved under another rule's id", "placeholder-text", "active"],
  ])("a dismissal %s leaves the finding %s", (_case, savedUnder, expected) => {
    const { active, dismissed } = partition([notice], [dismissedAs(savedUnder)], formerIds);
    expect(expected === "dismissed" ? dismissed.map((item) => item.finding) : active).toEqual([notice]);
    expect(expected === "dismissed" ? active : dismissed).toEqual([]);
  });

  it("keeps the officer's reason from the dismissal saved under the former id", () => {
    const { dismissed } = partition([notice], [dismissedAs("key-decision-threshold")], formerIds);
    expect(dismissed[0].dismissal.reason).toBe("Notice published 1 September");
  });

  it("does not apply a former id's dismissal when the rule's former ids are not yet known", () => {
    const { active } = partition([notice], [dismissedAs("key-decision-threshold")]);
    expect(active).toEqual([notice]);
  });
});
