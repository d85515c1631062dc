import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, snapshotFromText, type DocSnapshot, type Finding } from "../../../src/core";
import { findingsOf, testRule } from "../../support/rule-tester";
import { kentRecord } from "../../support/records";

const BODY = "As Cabinet Member for Communities, I agree to extend opening hours at three libraries for a six-month pilot, at a cost of £45,000.";
const TITLE = "KENT COUNTY COUNCIL – RECORD OF DECISION";
const notHeading = (text: string, look: string, level = 2) =>
  `“${text}” is ${look}, not a Word heading, so screen readers and a PDF's outline cannot find it. Make it Heading ${level}.`;

/** The fix that gives the paragraph holding exactly this text a heading style, as the table states it. */
function styleFix(doc: string, text: string, style: "Title" | "Heading2") {
  const label = style === "Title" ? "Title" : "Heading 2";
  return {
    kind: "heading-style" as const,
    location: { block: snapshotFromText(doc).blocks.findIndex((block) => block.text.trim() === text), start: 0, length: text.length, text },
    style,
    description: `Make “${text}” ${label}`,
    done: `Made “${text}” ${label}`,
  };
}

const DOCS = {
  bold: kentRecord({ decision: ["**Decision:**", BODY] }),
  capitals: kentRecord({ "decision-number": ["DECISION NO:", "24/00012"] }),
  colon: kentRecord({ reasons: ["Reason(s) for decision:", "Visitor surveys showed demand."] }),
  plain: kentRecord({ "financial-implications": ["Financial Implications", "The cost is met from the libraries budget."] }),
  skipped: kentRecord({ decision: ["#### Decision:", BODY] }),
  normalTitle: kentRecord({}, TITLE),
};
const BOLD_FROM_WORD = snapshotFromText(kentRecord()).blocks.map((block) => (block.text === "Decision:" ? { text: "Decision:", style: "Normal", bold: true } : block));

testRule("heading-style", {
  valid: [
    { name: "a record whose title and section headings are Word headings", doc: kentRecord() },
    { name: "an inline heading with its answer on the line", doc: kentRecord({ decision: [`Decision: ${BODY}`] }) },
    { name: "“For publication” standing alone is the answer, not a heading", doc: kentRecord({ publication: ["For publication"] }) },
    { name: "the signature block's “signed” line", doc: kentRecord({ signature: [".....", "signed", ".....", "date"] }) },
    { name: "levels may step down by more than one", doc: [`# ${TITLE}`, "## Decision:", BODY, "### Background", "Text.", "## Reason(s) for decision:", "Demand."].join("\n") },
    { name: "a document with none of the record's sections", doc: "Shopping list\nMilk" },
  ],
  invalid: [
    {
      name: "a bold line in Normal style",
      doc: DOCS.bold,
      findings: [{ message: notHeading("Decision:", "bold text"), section: "decision", text: "Decision:", severity: "warning", fix: styleFix(DOCS.bold, "Decision:", "Heading2") }],
    },
    {
      name: "a line in capitals",
      doc: DOCS.capitals,
      findings: [{ message: notHeading("DECISION NO:", "a line in capitals"), section: "decision-number", text: "DECISION NO:", fix: styleFix(DOCS.capitals, "DECISION NO:", "Heading2") }],
    },
    {
      name: "“Heading:” in Normal style",
      doc: DOCS.colon,
      findings: [{ message: notHeading("Reason(s) for decision:", "a line ending in a colon"), section: "reasons", fix: styleFix(DOCS.colon, "Reason(s) for decision:", "Heading2") }],
    },
    {
      name: "a plain line",
      doc: DOCS.plain,
      findings: [{ message: notHeading("Financial Implications", "plain text"), section: "financial-implications", fix: styleFix(DOCS.plain, "Financial Implications", "Heading2") }],
    },
    {
      name: "a list item: no fix, since a heading style would drop its number",
      doc: kentRecord({ alternatives: ["- Any alternatives considered and rejected:", "Keeping the current hours was rejected."] }),
      findings: [{ message: notHeading("Any alternatives considered and rejected:", "a list item").replace(/\.$/, " by hand, keeping its number."), section: "alternatives", fix: null }],
    },
    {
      name: "a bold Normal paragraph read from Word: the fix gives the whole paragraph the template's level",
      doc: BOLD_FROM_WORD,
      findings: [
        {
          message: notHeading("Decision:", "bold text"),
          fix: {
            kind: "heading-style",
            location: { block: BOLD_FROM_WORD.findIndex((block) => block.text === "Decision:"), start: 0, length: 9, text: "Decision:" },
            style: "Heading2",
            description: "Make “Decision:” Heading 2",
            done: "Made “Decision:” Heading 2",
          },
        },
      ],
    },
    {
      name: "a heading that skips a level",
      doc: DOCS.skipped,
      findings: [{ message: "“Decision:” is Heading 4 straight after Heading 2: a level is skipped. Make it Heading 2.", section: "decision", text: "Decision:", fix: styleFix(DOCS.skipped, "Decision:", "Heading2") }],
    },
    {
      name: "a title in Normal style and no Heading 1",
      doc: DOCS.normalTitle,
      findings: [{ message: `The document has no Heading 1 or Title. Make its title “${TITLE}” the Title.`, text: TITLE, fix: styleFix(DOCS.normalTitle, TITLE, "Title") }],
    },
    {
      name: "no title line at all and no Heading 1",
      doc: kentRecord({}, "").replace(/^\n/, ""),
      findings: [{ message: "The document has no Heading 1 or Title. Give the record a title in the Title style.", fix: null }],
    },
  ],
});

test("a bold Normal paragraph read from Word says how it looks and which style it needs", () => {
  const [finding] = findingsOf("heading-style", BOLD_FROM_WORD);
  expect(finding.data).toEqual({ kind: "not-a-heading", look: "bold", style: "Heading2" });
});

/** Applies heading-style fixes as the Word layer does: the style changes, the text does not. */
function applyHeadingFixes(snapshot: DocSnapshot, findings: Finding[]): DocSnapshot {
  const blocks = snapshot.blocks.map((block) => ({ ...block }));
  for (const finding of findings) {
    if (finding.fix?.kind !== "heading-style") continue;
    const block = blocks[finding.fix.location.block];
    block.style = finding.fix.style;
    block.outlineLevel = finding.fix.style === "Title" ? 1 : Number(finding.fix.style.slice(-1));
  }
  return { blocks };
}

describe("the SEND seed, whose sections are marked by plain lines", () => {
  const snapshot = snapshotFromText(readFileSync(join(__dirname, "../../../src/workbench/records/kent-send-strategy-2021.txt"), "utf8"));
  const report = checkDocument(snapshot);
  const found = report.findings.filter((finding) => finding.ruleId === "heading-style");

  test("reports its title and each section heading that stands on its own line", () => {
    expect(found.map((finding) => [finding.location?.text, finding.fix?.kind === "heading-style" ? finding.fix.style : undefined])).toEqual([
      ["KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", "Title"],
      ["DECISION TO BE TAKEN BY:", "Heading2"],
      ["DECISION NO:", "Heading2"],
      ["Subject Matter / Title of Decision", "Heading2"],
      ["Decision:", "Heading2"],
      ["Reason(s) for decision:", "Heading2"],
      ["3. Equalities Assessment", "Heading2"],
      ["4. Financial Implications", "Heading2"],
      ["Cabinet Committee recommendations and other consultation:", "Heading2"],
      ["Any alternatives considered and rejected:", "Heading2"],
      ["Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:", "Heading2"],
    ]);
    expect(report.summary.headings).toEqual({ real: 0, total: 11 });
  });

  test("with every fix applied, the text is unchanged and a second check reports none", () => {
    const fixed = applyHeadingFixes(snapshot, found);
    expect(fixed.blocks.map((block) => block.text)).toEqual(snapshot.blocks.map((block) => block.text));
    const again = checkDocument(fixed);
    expect(again.findings.filter((finding) => finding.ruleId === "heading-style")).toEqual([]);
    expect(again.summary.headings).toEqual({ real: 11, total: 11 });
  });
});
