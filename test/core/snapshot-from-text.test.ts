import { snapshotFromText } from "../../src/core";

describe("snapshotFromText", () => {
  test("one block per non-blank line; blank lines separate nothing else", () => {
    expect(snapshotFromText("First line\n\n\n  Second line  \r\nThird\rFourth").blocks.map((block) => block.text)).toEqual(["First line", "Second line", "Third", "Fourth"]);
  });

  test("# headings become Word heading styles with outline levels", () => {
    expect(snapshotFromText("# Title\n### Key decision:\n## Decision ##\n####### too deep\n#hashtag").blocks).toEqual([
      { text: "Title", style: "Heading1", outlineLevel: 1 },
      { text: "Key decision:", style: "Heading3", outlineLevel: 3 },
      { text: "Decision", style: "Heading2", outlineLevel: 2 },
      { text: "####### too deep", style: "Normal" },
      { text: "#hashtag", style: "Normal" },
    ]);
  });

  test("a line bold from end to end is marked bold, and the markers go", () => {
    expect(snapshotFromText("**Reason(s) for decision:**\n## **Financial Implications:**\n**For publication** [Do not include]").blocks).toEqual([
      { text: "Reason(s) for decision:", style: "Normal", bold: true },
      { text: "Financial Implications:", style: "Heading2", outlineLevel: 2, bold: true },
      { text: "For publication [Do not include]", style: "Normal" },
    ]);
  });

  test("bullets become list items; numbers typed in the text stay in the text", () => {
    expect(snapshotFromText("- a) result in savings\n  - nested point\n* starred\n1.3 A public consultation\n-\n- ").blocks).toEqual([
      { text: "a) result in savings", style: "ListParagraph", isListItem: true },
      { text: "nested point", style: "ListParagraph", isListItem: true },
      { text: "starred", style: "ListParagraph", isListItem: true },
      { text: "1.3 A public consultation", style: "Normal" },
      { text: "-", style: "Normal" },
      { text: "-", style: "Normal" },
    ]);
  });

  test("emphasis and escapes are removed without touching other asterisks and underscores", () => {
    expect(snapshotFromText("*Key decision criteria. The decision will:*\nsnake_case_name stays\n5 * 3 = 15\n\\*not emphasis\\*").blocks.map((block) => block.text)).toEqual([
      "Key decision criteria. The decision will:",
      "snake_case_name stays",
      "5 * 3 = 15",
      "*not emphasis*",
    ]);
  });

  test("an empty or whitespace-only text has no blocks", () => {
    expect(snapshotFromText("").blocks).toEqual([]);
    expect(snapshotFromText(" \n\t\n").blocks).toEqual([]);
  });
});
