import { builtInProfiles, parseProfile } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord, kentRecordWith } from "../../support/records";

const welsh = parseProfile({ ...builtInProfiles.kent, id: "wales-example", jurisdiction: "wales" });
const cite = (text: string) => kentRecordWith("decision", text);

testRule("exempt-citation-form", {
  valid: [
    { name: "paragraph 3 of Part 1", doc: cite("Appendix A is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.") },
    { name: "paragraphs 3 and 5 of Part 1", doc: cite("Appendix A is exempt by virtue of paragraphs 3 and 5 of Part 1 of Schedule 12A.") },
    { name: "a clean record", doc: kentRecord() },
    { name: "Wales: paragraph 14 of Part 4", doc: cite("Appendix A is exempt under paragraph 14 of Part 4 of Schedule 12A."), profile: welsh },
  ],
  invalid: [
    {
      name: "no Part",
      doc: cite("Appendix A is exempt under paragraph 3 of Schedule 12A."),
      findings: [{ message: "“paragraph 3 of Schedule 12A” leaves out the Part. Cite it as “paragraph 3 of Part 1 of Schedule 12A”.", text: "paragraph 3 of Schedule 12A", section: "decision" }],
    },
    {
      name: "no paragraph",
      doc: cite("Appendix A is exempt under Schedule 12A."),
      findings: [{ message: "“Schedule 12A” does not say which paragraph of Schedule 12A applies. Cite it as “paragraph N of Part 1 of Schedule 12A to the Local Government Act 1972”." }],
    },
    {
      name: "a paragraph outside 1–7",
      doc: cite("Appendix A is exempt under paragraph 9 of Part 1 of Schedule 12A."),
      findings: [{ message: "Paragraph 9 is not one of the descriptions of exempt information in Part 1 of Schedule 12A (paragraphs 1–7). Check the paragraph number." }],
    },
    {
      name: "Welsh Part 4 numbering in an English record",
      doc: cite("Appendix A is exempt under paragraph 14 of Part 4 of Schedule 12A."),
      findings: [{ message: "“paragraph 14 of Part 4 of Schedule 12A” uses Part 4 (Wales) numbering, which does not apply to this council. Cite the matching paragraph of Part 1.", severity: "warning" }],
    },
    {
      name: "confidential material and no paragraph cited anywhere",
      doc: kentRecordWith("reasons", "Details are in the confidential appendix."),
      findings: [{ message: "The record refers to “confidential appendix” but cites no paragraph of Schedule 12A. Say which paragraph of Part 1 makes it exempt, and give the public interest test.", text: "confidential appendix" }],
    },
    {
      name: "Wales: English Part 1 numbering",
      doc: cite("Appendix A is exempt under paragraph 3 of Part 1 of Schedule 12A."),
      profile: welsh,
      findings: [{ message: "“paragraph 3 of Part 1 of Schedule 12A” uses Part 1 (England) numbering, which does not apply to this council. Cite the matching paragraph of Part 4." }],
    },
  ],
});
