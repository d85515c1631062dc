import { testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const HEADING = "## Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:";
const interests = (...lines: string[]) => kentRecord({ interests: [HEADING, ...lines] });

testRule("interest-dispensation", {
  valid: [
    { name: "None", doc: interests("None") },
    { name: "None declared.", doc: interests("None declared.") },
    { name: "No interests were declared", doc: interests("No interests were declared") },
    { name: "an interest with its dispensation", doc: interests("Cllr Smith declared that her husband is a governor of the school.", "Dispensation granted by the head of paid service on 3 May 2024.") },
    { name: "an interest where no dispensation was needed", doc: interests("Cllr Smith declared an interest as a school governor; no dispensation was required.") },
    { name: "the inline Kent form", doc: kentRecord({ interests: ["Any interest declared when the decision was taken and any dispensation granted by the Proper Officer: None"] }) },
  ],
  invalid: [
    {
      name: "an interest with no dispensation line",
      doc: interests("Cllr Smith declared that her husband is a governor of the school."),
      findings: [
        {
          message: "An interest is declared but no dispensation is recorded. Say whether a dispensation was granted, and by whom, or that none was needed.",
          section: "interests",
          text: "Cllr Smith declared that her husband is a governor of the school.",
          severity: "warning",
        },
      ],
    },
    {
      name: "inline: an interest with no dispensation",
      doc: kentRecord({ interests: ["Interests: Cllr Jones is a trustee of the charity"] }),
      findings: [{ message: "An interest is declared but no dispensation is recorded. Say whether a dispensation was granted, and by whom, or that none was needed.", text: "Cllr Jones is a trustee of the charity" }],
    },
  ],
});
