import { applyInsertionPlan, builtInProfiles, checkDocument, planInsertion } from "../../../src/core";
import { testRule } from "../../support/rule-tester";
import { kentRecord, kentRecordWith } from "../../support/records";

testRule("placeholder-text", {
  valid: [
    { name: "a clean record", doc: kentRecord() },
    { name: "the decision number awaiting Democratic Services", doc: kentRecord({ "decision-number": ["## DECISION NO:", "To be allocated by Democratic Services"] }) },
    { name: "the template's publication instruction", doc: kentRecord({ publication: ["For publication [Do not include information which is exempt from publication under schedule 12a of the Local Government Act 1972]"] }) },
  ],
  invalid: [
    {
      name: "“Lorem ipsum” typed with two spaces",
      doc: kentRecordWith("reasons", "Lorem  ipsum dolor sit amet."),
      findings: [{ message: "“Lorem ipsum” is a placeholder. Fill it in.", text: "Lorem  ipsum", section: "reasons" }],
    },
    {
      name: "“LOREM IPSUM” with two non-breaking spaces",
      doc: kentRecordWith("reasons", "LOREM\u00a0\u00a0IPSUM dolor."),
      findings: [{ message: "“LOREM IPSUM” is a placeholder. Fill it in.", text: "LOREM\u00a0\u00a0IPSUM", section: "reasons" }],
    },
    {
      name: "“Option 1 -” left in the decision",
      doc: kentRecordWith("decision", "Option 1 -"),
      findings: [{ message: "“Option 1 -” looks like an unfilled placeholder. Fill it in or remove it.", text: "Option 1 -", section: "decision", severity: "warning" }],
    },
    {
      name: "an [Enter …] placeholder",
      doc: kentRecord({ "decision-maker": ["## DECISION TAKEN BY:", "[Enter name], Cabinet Member"] }),
      findings: [{ message: "“[Enter name]” is a placeholder. Fill it in.", text: "[Enter name]", section: "decision-maker" }],
    },
    {
      name: "TBC",
      doc: kentRecordWith("financial-implications", "The final cost is TBC."),
      findings: [{ message: "“TBC” looks like an unfilled placeholder. Fill it in or remove it.", text: "TBC" }],
    },
    {
      name: "the template's guidance in a non-statutory section",
      doc: kentRecord({ "legal-implications": ["## Legal implications", "[Set out the legal basis and any legal risks]"] }),
      findings: [{ message: "Template guidance is still here: “[Set out the legal basis and any legal risks]”. Replace it with the record's own text.", section: "legal-implications" }],
    },
  ],
});

test("a freshly inserted template reports its placeholders once: statutory sections as empty, the rest as placeholders", () => {
  const profile = builtInProfiles.kent;
  const filled = applyInsertionPlan({ blocks: [] }, planInsertion({ blocks: [] }, profile));
  const findings = checkDocument(filled, profile).findings;
  const byRule = (id: string) => findings.filter((finding) => finding.ruleId === id).map((finding) => finding.section);
  expect(byRule("required-section")).toEqual([]);
  expect(byRule("empty-section").sort()).toEqual(["alternatives", "decision", "interests", "reasons"]);
  expect(byRule("key-decision-answer")).toEqual(["key-decision"]);
  expect(byRule("placeholder-text").sort()).toEqual(["consultation", "decision-maker", "equalities-implications", "financial-implications", "legal-implications", "title"]);
});
