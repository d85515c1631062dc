import { testRule } from "../../support/rule-tester";
import { kentRecord, kentRecordWith } from "../../support/records";

const reasons = (text: string) => kentRecordWith("reasons", text);

testRule("date-order", {
  valid: [
    { name: "a consultation in order", doc: reasons("A public consultation took place from 3rd December 2020 and was closed on 4th February 2021.") },
    { name: "a financial year", doc: reasons("Savings of £50,000 in 2021/22.") },
    { name: "a strategy's years", doc: reasons("The SEND Strategy 2021 - 2024 was adopted.") },
    { name: "a statutory instrument number is not a year range", doc: reasons("Under SI 2019/12 the council must publish.") },
    { name: "two unrelated dates", doc: reasons("The committee met on 9 March 2021; the strategy was drafted on 1 December 2020.") },
    { name: "a clean record", doc: kentRecord() },
  ],
  invalid: [
    {
      name: "a consultation that closes before it opens (seed 000)",
      doc: reasons("A public consultation took place from 3rd December 2020 and was closed on 4th February 2020."),
      findings: [
        {
          message: "The period runs backwards: it starts on 3rd December 2020 but ends on 4th February 2020. Check the dates.",
          text: "3rd December 2020 and was closed on 4th February 2020",
          section: "reasons",
        },
      ],
    },
    {
      name: "from … to … backwards, numeric dates",
      doc: reasons("The lease runs from 01/04/2025 to 31/03/2024."),
      findings: [{ message: "The period runs backwards: it starts on 01/04/2025 but ends on 31/03/2024. Check the dates." }],
    },
    {
      name: "a financial year that runs backwards",
      doc: reasons("The plan covers 2032/24."),
      findings: [{ message: "The years “2032/24” run backwards (2032 to 2024). Check the years.", text: "2032/24", severity: "warning" }],
    },
    {
      name: "a date that cannot exist",
      doc: reasons("The notice was published on 31st February 2024."),
      findings: [{ message: "“31st February 2024” is not a real date. Check the day and month." }],
    },
  ],
});
