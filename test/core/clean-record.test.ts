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
