import type { Block } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const reasons = (...lines: string[]) => kentRecord({ reasons: ["## Reason(s) for decision:", ...lines] });

testRule("duplicate-numbering", {
  valid: [
    { name: "1.1, 1.2, 1.3", doc: reasons("1.1 First.", "1.2 Second.", "1.3 Third.") },
    { name: "two lists each starting at 1", doc: reasons("1. First option.", "2. Second option.", "Risks:", "1. First risk.", "2. Second risk.") },
    { name: "a clean record", doc: kentRecord() },
  ],
  invalid: [
    {
      name: "1.3 twice (seed 000)",
      doc: reasons("1.1 First.", "1.2 Second.", "1.3 A consultation took place.", "1.3 Feedback showed wide support."),
      findings: [{ message: "Paragraph number 1.3 is used twice (the other starts “1.3 A consultation took place.”). Renumber the paragraphs.", text: "1.3", section: "reasons", severity: "warning" }],
    },
    {
      name: "two numbered headings with the same number",
      doc: reasons("2. Commissioned activity:", "Text.", "2. Financial Implications"),
      findings: [{ message: "Paragraph number 2 is used twice (the other starts “2. Commissioned activity:”). Renumber the paragraphs.", text: "2" }],
    },
    {
      name: "automatic list labels from Word",
      doc: [
        { text: "First point.", isListItem: true, listLabel: "4.1" },
        { text: "Second point.", isListItem: true, listLabel: "4.1" },
      ] as Block[],
      findings: [{ message: "Paragraph number 4.1 is used twice (the other starts “First point.”). Renumber the paragraphs.", text: "Second point." }],
    },
  ],
});
