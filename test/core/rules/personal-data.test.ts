import { testRule } from "../../support/rule-tester";
import { kentRecord, kentRecordWith } from "../../support/records";

const note = (text: string) => kentRecordWith("consultation", text);

testRule("personal-data", {
  valid: [
    { name: "a clean record", doc: kentRecord() },
    { name: "the Democratic Services mailbox", doc: note("Questions to democratic.services@kent.gov.uk.") },
    { name: "money and years are not phone numbers", doc: note("The scheme cost £1,000,000 in 2021/22 and 2022/23.") },
    { name: "an exempt record may hold personal data", doc: kentRecord({ publication: ["Not for publication"] }).replace("12 March 2024.", "12 March 2024. Contact jane.smith@kent.gov.uk.") },
  ],
  invalid: [
    {
      name: "a named officer's email address: an error in a record marked for publication",
      doc: note("Contact jane.smith@kent.gov.uk for details."),
      findings: [{ message: "The email address “jane.smith@kent.gov.uk” will be published with the record. Remove it unless it is a shared council mailbox.", text: "jane.smith@kent.gov.uk", section: "consultation", severity: "error" }],
    },
    {
      name: "a mobile number",
      doc: note("Call 07700 900123 after six."),
      findings: [{ message: "The telephone number “07700 900123” will be published with the record. Remove it unless it is a public council number.", text: "07700 900123" }],
    },
    {
      name: "an international number",
      doc: note("Call +44 1622 694000."),
      findings: [{ message: "The telephone number “+44 1622 694000” will be published with the record. Remove it unless it is a public council number." }],
    },
    {
      name: "a National Insurance number",
      doc: note("The claimant (AB 12 34 56 C) objected."),
      findings: [{ message: "“AB 12 34 56 C” looks like a National Insurance number. It must not appear in the public record.", severity: "error" }],
    },
    {
      name: "with no publication line, a warning to check",
      doc: kentRecord({ publication: null }).replace("12 March 2024.", "12 March 2024. Contact jane.smith@kent.gov.uk."),
      findings: [{ message: "The email address “jane.smith@kent.gov.uk” will be published with the record. Remove it unless it is a shared council mailbox.", severity: "warning" }],
    },
    {
      name: "a date of birth",
      doc: note("The tenant, date of birth 3 May 1960, objected."),
      findings: [{ message: "“date of birth” gives someone's date of birth. It must not appear in the public record." }],
    },
  ],
});
