import { recordPlainText } from "../../src/taskpane/record-table";

describe("the record's details as tab-separated text", () => {
  it.each([
    ["paragraphs become one line", "The Cabinet Member agreed.\n\nThe service starts in April.", "The Cabinet Member agreed. The service starts in April."],
    ["spaces around a line break go with it", "First point.  \r\n\t \n  Second point.", "First point. Second point."],
    ["a break at either end becomes a space", "\nOnly point.\n", " Only point. "],
    ["spaces within a line are kept", "£8.5m  per annum", "£8.5m  per annum"],
    ["a tab becomes a space", "Paragraph\t3", "Paragraph 3"],
    ["a long run of spaces with no break is kept whole", `A${" ".repeat(10_000)}B`, `A${" ".repeat(10_000)}B`],
  ])("%s", (_name, value, expected) => {
    expect(recordPlainText([{ field: "decision", label: "Decision", value }])).toBe(`Decision\t${expected}`);
  });

  it("puts each field on its own line", () => {
    const rows = [
      { field: "title", label: "Title", value: "Home to school transport" },
      { field: "decision", label: "Decision", value: "Agreed.\nSee the report." },
    ] as const;
    expect(recordPlainText(rows)).toBe("Title\tHome to school transport\r\nDecision\tAgreed. See the report.");
  });
});
