import { checkDocument, snapshotFromText } from "../../src/core";
import { kentRecord } from "../support/records";

describe("a complete, clean Kent record", () => {
  const report = checkDocument(snapshotFromText(kentRecord()));

  test("reports nothing", () => {
    expect(report.findings).toEqual([]);
  });

  test("has every section present and reads the key-decision answer", () => {
    expect(report.summary.sections.filter((section) => section.status !== "present")).toEqual([]);
    expect(report.summary.keyDecision).toMatchObject({ answer: "no", text: "NO" });
    expect(report.summary.publication.status).toBe("public");
    expect(report.summary.largestSpend).toMatchObject({ value: 45000, overThreshold: false });
  });

  test("is not a proposed record", () => {
    expect(report.summary.proposed).toBe(false);
  });

});

describe("a document with thousands of problems", () => {
  test("lists at most 200 findings per rule, then says how many more there are", () => {
    const lines = Array.from({ length: 450 }, (_, index) => `The lease ran from 3 May 2024 to 2 May 2024 (case ${index}).`);
    const findings = checkDocument(snapshotFromText(lines.join("\n"))).findings.filter((finding) => finding.ruleId === "date-order");
    expect(findings).toHaveLength(201);
    expect(findings.at(-1)).toEqual({
      ruleId: "date-order",
      severity: "info",
      message: "250 more findings of this kind are not listed. Fix the ones above and check again.",
      data: { unlisted: 250 },
    });
  });
});
