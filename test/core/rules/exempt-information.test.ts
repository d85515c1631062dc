import { testRule } from "../../support/rule-tester";
import { kentRecord, kentRecordWith } from "../../support/records";

const KENT_PUBLICATION = "For publication [Do not include information which is exempt from publication under schedule 12a of the Local Government Act 1972]";

testRule("exempt-information", {
  valid: [
    { name: "the template's own instruction about Schedule 12A", doc: kentRecord({ publication: [KENT_PUBLICATION] }) },
    { name: "a clean public record", doc: kentRecord() },
    { name: "“non-exempt information” says the opposite", doc: kentRecordWith("decision", "Non-exempt information from the report may be shared with the press.") },
    { name: "“commercially sensitive” split across two words that are not the phrase", doc: kentRecordWith("reasons", "The commercially agreed terms are not sensitive.") },
    {
      name: "a record not for publication may cite exempt material",
      doc: kentRecord({ publication: ["Not for publication"] }, "# KENT COUNTY COUNCIL – RECORD OF DECISION").replace("The £45,000", "Commercially sensitive terms: the £45,000"),
    },
    { name: "part exempt: the exempt part is declared", doc: kentRecord({ publication: ["Anticipated restriction: Part exempt"] }).replace("surveys showed", "legal advice and surveys showed") },
  ],
  invalid: [
    {
      name: "a public record that cites Schedule 12A",
      doc: kentRecordWith("decision", "The bids are in the exempt appendix, exempt by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972."),
      findings: [
        {
          message: "This record is marked for publication but mentions “exempt appendix”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.",
          section: "decision",
          text: "exempt appendix",
        },
        {
          message:
            "This record is marked for publication but cites Schedule 12A (“paragraph 3 of Part 1 of Schedule 12A”). Keep the exempt information in a separate exempt appendix, and check that nothing exempt is in this record.",
          section: "decision",
          text: "paragraph 3 of Part 1 of Schedule 12A",
        },
      ],
    },
    {
      name: "“commercially  sensitive” typed with two spaces",
      doc: kentRecordWith("reasons", "The preferred bidder's prices are commercially  sensitive."),
      findings: [{ message: "This record is marked for publication but mentions “commercially  sensitive”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.", text: "commercially  sensitive", section: "reasons" }],
    },
    {
      name: "“legal advice” broken over a line feed inside the paragraph",
      doc: [{ text: "DECISION TAKEN BY:" }, { text: "Cabinet Member" }, { text: "Reason(s) for decision:" }, { text: "We took legal\nadvice on the lease." }],
      findings: [{ message: "This record will be published but mentions “legal\nadvice”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.", text: "legal\nadvice", section: "reasons" }],
    },
    {
      name: "commercially sensitive wording",
      doc: kentRecordWith("reasons", "The preferred bidder's prices are commercially sensitive."),
      findings: [{ message: "This record is marked for publication but mentions “commercially sensitive”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.", section: "reasons", severity: "error" }],
    },
    {
      name: "legal advice, with no publication line at all",
      doc: kentRecord({ publication: null }).replace("surveys showed", "Legal advice from counsel and surveys showed"),
      findings: [{ message: "This record will be published but mentions “Legal advice”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording.", text: "Legal advice", severity: "warning" }],
    },
    {
      name: "“not for publication” inside a public record",
      doc: kentRecordWith("decision", "Appendix B is not for publication."),
      findings: [{ message: "This record is marked for publication but mentions “not for publication”. Exempt information (Schedule 12A) must go in an exempt appendix, not in the public record: check this wording." }],
    },
  ],
});
