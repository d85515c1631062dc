import { defaultProfile } from "../../src/core";
import type { Profile } from "../../src/core/profile/schema";
import type { Finding, Severity } from "../../src/core/report";
import type { RuleMeta } from "../../src/core/rules/types";
import { bySeverityThenPosition, byPosition, countBySeverity, ruleLevel, worstSeverity } from "../../src/core/severity";

const renamed: RuleMeta = {
  id: "new-name",
  deprecatedIds: ["old-name"],
  description: "d",
  title: "t",
  severity: "warning",
  fixable: false,
  why: "w",
};

const withRules = (rules: Profile["rules"]): Profile => ({ ...defaultProfile, rules });

function finding(severity: Severity, block?: number, start = 0): Finding {
  return {
    ruleId: `${severity}-${block ?? "file"}-${start}`,
    severity,
    message: "m",
    ...(block === undefined ? {} : { location: { block, start, length: 1, text: "x" } }),
  };
}

describe("a rule's level under a profile", () => {
  test.each<[string, Profile["rules"], Severity | "off"]>([
    ["the rule's own severity when the profile says nothing", {}, "warning"],
    ["the profile's level by the rule's id", { "new-name": "error" }, "error"],
    ["the profile's level by an older id, which keeps working", { "old-name": "off" }, "off"],
    ["the current id over an older one", { "old-name": "off", "new-name": "info" }, "info"],
  ])("%s", (_case, rules, level) => {
    expect(ruleLevel(renamed, withRules(rules))).toBe(level);
  });
});

describe("the order of findings", () => {
  const findings = [finding("info", 0), finding("error", 5, 10), finding("warning"), finding("error", 5, 2), finding("error")];

  test("a report lists the worst first, then in reading order with whole-file findings first", () => {
    expect([...findings].sort(bySeverityThenPosition).map((item) => item.ruleId)).toEqual([
      "error-file-0",
      "error-5-2",
      "error-5-10",
      "warning-file-0",
      "info-0-0",
    ]);
  });

  test("reading order ignores severity", () => {
    expect([...findings].sort(byPosition).map((item) => item.ruleId)).toEqual(["warning-file-0", "error-file-0", "info-0-0", "error-5-2", "error-5-10"]);
  });

  test("the worst severity present, and none for no findings", () => {
    expect(worstSeverity(findings)).toBe("error");
    expect(worstSeverity([finding("info"), finding("warning", 1)])).toBe("warning");
    expect(worstSeverity([])).toBeUndefined();
  });

  test("counts by severity, with zeros kept", () => {
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
