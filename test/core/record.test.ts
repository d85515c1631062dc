import { checkDocument, snapshotFromText } from "../../src/core";
import { kentRecord } from "../support/records";

const recordOf = (text: string) => checkDocument(snapshotFromText(text)).record!;

describe("the register's fields of a record", () => {
  test.each([
    ["a date in the signature block", { signature: [".....", "signed", "12th March 2024", "date"] }, "2024-03-12"],
    ["a “Date of decision” line", { signature: ["Signature", "Roger Gough", "Date of decision: 3 April 2024"] }, "2024-04-03"],
    ["no date written", {}, ""],
  ])("decision date from %s", (_name, changes, expected) => {
    expect(recordOf(kentRecord(changes)).decisionDate).toBe(expected);
  });

  test("joins a section's paragraphs with a blank line, and names the Schedule 12A paragraphs cited", () => {
    const record = recordOf(
      kentRecord({
        reasons: ["## Reason(s) for decision:", "Demand is rising.", "The budget allows it.", "Paragraph 3 of Part 1 of Schedule 12A applies to the appendix."],
      }),
    );
    expect(record.reasons).toBe("Demand is rising.\n\nThe budget allows it.\n\nParagraph 3 of Part 1 of Schedule 12A applies to the appendix.");
    expect(record.exemptParagraphs).toBe("3");
  });

  test("takes an inline answer as the field's text", () => {
    expect(recordOf(kentRecord({ decision: ["Decision: I agree to close the depot."] })).decision).toBe("I agree to close the depot.");
  });
});

describe("a check that shows no register", () => {
  test("leaves the fields out and finds the same problems", () => {
    const snapshot = snapshotFromText(kentRecord({ decision: ["Decision:", "[Enter the decision]"] }));
    const full = checkDocument(snapshot);
    const { record, ...rest } = full;
    expect(record).toBeDefined();
    expect(checkDocument(snapshot, undefined, { record: false })).toEqual(rest);
  });
});
