import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, snapshotFromText } from "../../src/core";

const seed = (name: string) => checkDocument(snapshotFromText(readFileSync(join(__dirname, "../../src/workbench/records", name), "utf8")));

describe("seed kent-send-strategy-2021 (golden)", () => {
  const report = seed("kent-send-strategy-2021.txt");

  test("reports its title and eleven section headings as plain lines, not Word headings", () => {
    const headings = report.findings.filter((finding) => finding.ruleId === "heading-style");
    expect(headings.map((finding) => [finding.location?.block, finding.location?.text, finding.severity, finding.data?.look])).toEqual([
      [0, "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", "warning", "capitals"],
      [1, "DECISION TO BE TAKEN BY:", "warning", "capitals"],
      [3, "DECISION NO:", "warning", "capitals"],
      [12, "Subject Matter / Title of Decision", "warning", "plain"],
      [14, "Decision:", "warning", "colon"],
      [18, "Reason(s) for decision:", "warning", "colon"],
      [26, "3. Equalities Assessment", "warning", "plain"],
      [29, "4. Financial Implications", "warning", "plain"],
      [31, "Cabinet Committee recommendations and other consultation:", "warning", "colon"],
      [33, "Any alternatives considered and rejected:", "warning", "colon"],
      [35, "Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:", "warning", "colon"],
    ]);
    expect(report.summary.headings).toEqual({ real: 0, total: 11 });
  });

  test("otherwise reports exactly the backwards consultation dates and the repeated 1.3", () => {
    expect(report.findings.filter((finding) => finding.ruleId !== "heading-style")).toEqual([
      {
        ruleId: "date-order",
        severity: "warning",
        message: "The period runs backwards: it starts on 3rd December 2020 but ends on 4th February 2020. Check the dates.",
        section: "reasons",
        location: { block: 21, start: 42, length: 53, text: "3rd December 2020 and was closed on 4th February 2020" },
        data: { kind: "period", from: "3rd December 2020", to: "4th February 2020" },
      },
      {
        ruleId: "duplicate-numbering",
        severity: "warning",
        message: "Paragraph number 1.3 is used twice (the other starts “1.3 A public consultation took place from 3rd December 2020…”). Renumber the paragraphs.",
        section: "reasons",
        location: { block: 22, start: 0, length: 3, text: "1.3" },
        data: {
          number: "1.3",
          firstBlock: 21,
          other: { block: 21, start: 0, length: 96, text: "1.3 A public consultation took place from 3rd December 2020 and was closed on 4th February 2020." },
        },
      },
    ]);
  });

  test("finds every mandatory section, answers YES, and is public", () => {
    expect(report.summary.sections.filter((section) => section.mandatory && section.status !== "present")).toEqual([]);
    expect(report.summary.keyDecision).toEqual({ answer: "yes", text: "YES", block: 6 });
    expect(report.summary.publication.status).toBe("public");
    expect(report.summary.proposed).toBe(true);
  });

  test("reads the four £ amounts as boilerplate, a cap and two threshold mentions", () => {
    expect(report.summary.amounts.map((amount) => [amount.text, amount.value, amount.class])).toEqual([
      ["£1,000,000", 1_000_000, "boilerplate"],
      ["£1m", 1_000_000, "cap"],
      ["£1m", 1_000_000, "threshold"],
      ["£1m", 1_000_000, "threshold"],
    ]);
    expect(report.summary.largestSpend).toBeUndefined();
  });
});

describe("seed kent-stls-redesign-2022 (golden)", () => {
  const report = seed("kent-stls-redesign-2022.md");

  test("reports the unanswered key-decision question once, naming the £8.5m budget inside it", () => {
    expect(report.findings).toEqual([
      {
        ruleId: "key-decision-answer",
        severity: "error",
        message:
          "The record does not say whether this is a key decision. £8.5m per annum is over the threshold (in excess of £1,000,000), so the answer is probably YES. Answer YES unless the sum is not new spending, and make sure 28 clear days' notice was given (regulation 9).",
        section: "key-decision",
        location: { block: 7, start: 0, length: 13, text: "Key decision:" },
        data: { amount: 8_500_000, sums: [{ value: 8_500_000, location: { block: 36, start: 34, length: 15, text: "£8.5m per annum" } }] },
        fix: {
          kind: "replace-text",
          location: { block: 7, start: 0, length: 13, text: "Key decision:" },
          replacement: "Key decision: YES",
          description: "Change “Key decision:” to “Key decision: YES”",
          done: "Changed “Key decision:” to “Key decision: YES”",
        },
      },
    ]);
  });

  test("has real Word headings (Markdown #) for its title and every section heading on its own line", () => {
    expect(report.summary.headings).toEqual({ real: 12, total: 12 });
  });

  test("counts both of its alternatives headings, and every mandatory section", () => {
    expect(report.summary.sections.filter((section) => section.mandatory && section.status === "missing")).toEqual([]);
    const alternatives = report.summary.sections.find((section) => section.id === "alternatives");
    expect(alternatives).toMatchObject({ status: "present", block: 44 });
  });

  test("summarises the largest spend against the threshold", () => {
    expect(report.summary.largestSpend).toMatchObject({ text: "£8.5m per annum", value: 8_500_000, class: "budget", overThreshold: true, period: "per annum" });
    expect(report.summary.keyDecision.answer).toBe("missing");
  });
});
