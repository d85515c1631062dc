import { builtInProfiles, type SectionId } from "../../../src/core";
import { findingsOf, testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

/** The fix inserts the section (heading and guidance) after the one before it in template order. */
const insert = (section: SectionId, name: string, after?: SectionId) => ({
  kind: "insert-section" as const,
  section,
  ...(after ? { after } : {}),
  description: `Insert the “${name}” section`,
  done: `Inserted the “${name}” section`,
});

testRule("required-section", {
  valid: [
    { name: "a complete record", doc: kentRecord() },
    { name: "optional sections may be left out", doc: kentRecord({ "legal-implications": null, "financial-implications": null, "decision-number": null, publication: null }) },
    { name: "a proposed record is not signed yet", doc: kentRecord({ signature: null }, "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION") },
    {
      name: "the modern.gov profile does not require the key-decision criteria",
      doc: ["Decision title: Road safety scheme", "Decision Maker: Cabinet Member for Highways", "Is Key decision?: No", "Decision: Approve the scheme.", "Reasons for the decision: Collisions have risen.", "Alternative options considered: Doing nothing was rejected.", "Interests and nature of interests declared: None"].join("\n"),
      profile: builtInProfiles.moderngov,
    },
  ],
  invalid: [
    {
      name: "no decision",
      doc: kentRecord({ decision: null }),
      findings: [{ message: "The “Decision” section is missing. Add it: use Fix or Insert template.", section: "decision", fix: insert("decision", "Decision", "title") }],
    },
    {
      name: "no decision-maker, the first section",
      doc: kentRecord({ "decision-maker": null }),
      findings: [{ message: "The “Decision to be taken by” section is missing. Add it near the top: use Fix or Insert template.", section: "decision-maker", fix: insert("decision-maker", "Decision to be taken by") }],
    },
    {
      name: "no alternatives and no interests",
      doc: kentRecord({ alternatives: null, interests: null }),
      findings: [
        {
          message: "The “Any alternatives considered and rejected” section is missing. Add it: use Fix or Insert template.",
          section: "alternatives",
          fix: insert("alternatives", "Any alternatives considered and rejected", "consultation"),
        },
        {
          message: "The “Any interest declared when the decision was taken and any dispensation granted by the Proper Officer” section is missing. Add it: use Fix or Insert template.",
          section: "interests",
          fix: insert("interests", "Any interest declared when the decision was taken and any dispensation granted by the Proper Officer", "consultation"),
        },
      ],
    },
    {
      name: "a final record without its signature block: the council's template, a warning",
      doc: kentRecord({ signature: null }),
      findings: [{ message: "The “Signature” section is missing. Add it: use Fix or Insert template.", section: "signature", severity: "warning", fix: insert("signature", "Signature", "interests") }],
    },
    {
      name: "a statutory section missing: an error",
      doc: kentRecord({ reasons: null }),
      findings: [{ message: "The “Reason(s) for decision” section is missing. Add it: use Fix or Insert template.", section: "reasons", severity: "error", fix: insert("reasons", "Reason(s) for decision", "decision") }],
    },
    {
      name: "a document with none of the sections: one offer to insert the template",
      doc: "Notes for the record\nTo be written up after Cabinet.",
      findings: [{ message: "This document has none of the record's sections yet. Insert the template: it adds all 15 sections, with guidance, in order.", fix: null }],
    },
    {
      name: "modern.gov: the key-decision line is mandatory",
      doc: ["Decision title: Road safety scheme", "Decision Maker: Cabinet Member for Highways", "Decision: Approve the scheme.", "Reasons for the decision: Collisions have risen.", "Alternative options considered: None.", "Interests and nature of interests declared: None"].join("\n"),
      profile: builtInProfiles.moderngov,
      findings: [{ message: "The “Is key decision?” section is missing. Add it: use Fix or Insert template.", section: "key-decision", fix: insert("key-decision", "Is key decision?", "decision-maker") }],
    },
  ],
});

test("names the missing section in its data", () => {
  expect(findingsOf("required-section", kentRecord({ alternatives: null })).map((finding) => finding.data)).toEqual([{ section: "alternatives" }]);
});
