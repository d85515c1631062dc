// Records that are not the council's template, one class of difference at a time. Every example is invented.
import { builtInProfiles, checkDocument, snapshotFromText, type Block, type Profile } from "../../src/core";
import { buildOutline, occurrencesOf } from "../../src/core/outline";
import type { SectionId } from "../../src/core/sections";

const { kent, moderngov, wales } = builtInProfiles;

function sectionsOf(doc: string | Block[], profile: Profile) {
  const snapshot = typeof doc === "string" ? snapshotFromText(doc) : { blocks: doc };
  return buildOutline(snapshot, profile);
}

/** The section a single line is read as when it stands between a title and a body paragraph. */
function headingOf(line: string | Block, profile: Profile = moderngov): SectionId | undefined {
  const block = typeof line === "string" ? { text: line } : line;
  const outline = sectionsOf([{ text: "Resurfacing of Mill Lane" }, block, { text: "Body text of the section follows here." }], profile);
  return outline.occurrences.find((occurrence) => occurrence.headingBlock === 1 && occurrence.via === "heading")?.section;
}

describe("class 1: a heading is recognised by its key terms, whatever words surround them", () => {
  test.each<[string, SectionId, Profile]>([
    ["(2) The Decision Made", "decision", moderngov],
    ["Summary of the Decision", "decision", moderngov],
    ["Details of Options Considered and Rejected", "alternatives", moderngov],
    ["Option(s) considered", "alternatives", moderngov],
    ["OTHER OPTIONS THAT WERE DISCOUNTED", "alternatives", kent],
    ["Conflicts of Interest declared by the Portfolio Holder", "interests", moderngov],
    ["Interests Declared or Dispensations Given", "interests", moderngov],
    ["Any conflict of interest declared by any member consulted:", "interests", moderngov],
    ["Signed by the Director", "signature", moderngov],
    ["REASONS FOR THE DECISION MADE", "reasons", moderngov],
    ["4.1 Reason(s) for Decisions", "reasons", moderngov],
    ["Decision Maker (Name and Title):", "decision-maker", moderngov],
    ["Penderfyniad / Decision", "decision", wales],
    ["Rhesymau dros y penderfyniad / Reasons for the decision", "reasons", wales],
    ["Opsiynau eraill a ystyriwyd", "alternatives", wales],
  ])("“%s” is %s", (line, section, profile) => {
    expect(headingOf(line, profile)).toBe(section);
  });

  test("a heading found by its terms says which words decided it", () => {
    const outline = sectionsOf("Resurfacing of Mill Lane\nDetails of Options Considered and Rejected\nDoing nothing was rejected.", moderngov);
    expect(occurrencesOf(outline, "alternatives")[0]).toMatchObject({ via: "heading", evidence: "heading words “option” + “consider”" });
  });

  test.each<[string, string | Block]>([
    ["a body sentence about alternatives", "The alternatives were considered by the Cabinet Member."],
    ["a sentence running on from the line before", "alternatives considered and rejected are set out in the report"],
    ["an option rejected in passing", "Option 2 was rejected because it costs more"],
    ["a list introduction", "Discounted options include:"],
    ["a long line naming a key decision", "Key Decision Report for introduction of traffic calming features within the Buckingham East Ward"],
    ["an entry of a decisions list", "04/02/2020 - Decision on parking charges ref: 1416"],
    ["the document's own title", "KENT COUNTY COUNCIL – RECORD OF DECISION"],
    ["a meeting's name with one key word", "Decision Session - Executive Member for Transport"],
    ["page furniture", "Decision published: 18/03/2020"],
    ["template guidance", "[State the decision in full]"],
    ["a bold sentence mentioning the decision", { text: "The Cabinet Committee consider the decision at its meeting on 1 March 2022", style: "Normal", bold: true }],
  ])("not a heading: %s", (_name, line) => {
    expect(headingOf(line)).toBeUndefined();
  });

  test("an alias is still an exact win, and a profile without terms recognises only its aliases", () => {
    const { terms: _terms, ...withoutTerms } = moderngov.sections.find((section) => section.id === "alternatives")!;
    const old: Profile = { ...moderngov, sections: moderngov.sections.map((section) => (section.id === "alternatives" ? withoutTerms : section)) };
    expect(headingOf("Alternative options considered:", old)).toBe("alternatives");
    expect(headingOf("Details of Options Considered and Rejected", old)).toBeUndefined();
  });
});

describe("class 2: a decision with no heading", () => {
  const page = (decision: string) =>
    ["Resurfacing of Mill Lane ref: 12", "Decision Maker: Cabinet Member for Highways", "Decision published: 01/02/2024", "Effective from: 09/02/2024", decision, "Lead officer: A. Officer"].join("\n");

  test.each<[string, string]>([
    ["RESOLVED that the resurfacing scheme be approved.", "the paragraph opens with “RESOLVED”"],
    ["That Cabinet approves the resurfacing scheme.", "the paragraph opens with “That Cabinet”"],
    ["I agree to the award of the resurfacing contract.", "the paragraph opens with “I agree”"],
    ["The Cabinet Member: 1. approves the resurfacing scheme.", "the paragraph opens with “The Cabinet Member”"],
    ["The lease of the depot is renewed for five years.", "the first paragraph after the page's header lines"],
  ])("“%s” is the decision", (decision, evidence) => {
    const report = checkDocument(snapshotFromText(page(decision)), moderngov);
    expect(report.findings.filter((finding) => finding.section === "decision")).toEqual([]);
    expect(report.summary.sections.find((section) => section.id === "decision")).toMatchObject({ status: "present", block: 4, evidence });
  });

  test("a decision under its heading is not inferred again, and RESOLVED in the reasons is not a second decision", () => {
    const outline = sectionsOf(["Resurfacing of Mill Lane", "Decision:", "To approve the scheme.", "Reasons for the decision:", "RESOLVED at the last meeting to consult first."].join("\n"), moderngov);
    expect(occurrencesOf(outline, "decision").map((occurrence) => [occurrence.headingBlock, occurrence.via])).toEqual([[1, "heading"]]);
  });

  test("a record with no decision at all is still reported", () => {
    const report = checkDocument(snapshotFromText(["Resurfacing of Mill Lane", "Decision Maker: Cabinet Member for Highways", "Decision published: 01/02/2024"].join("\n")), moderngov);
    expect(report.findings.filter((finding) => finding.ruleId === "required-section" && finding.section === "decision")).toHaveLength(1);
  });

  test("the first line is the title; with no first line above the sections, the title is missing", () => {
    expect(checkDocument(snapshotFromText(page("RESOLVED that the scheme be approved.")), moderngov).summary.sections.find((section) => section.id === "title")).toMatchObject({
      status: "present",
      block: 0,
      evidence: "the record's first line, above its first section",
    });
    const noTitle = checkDocument(snapshotFromText(page("RESOLVED that the scheme be approved.").split("\n").slice(1).join("\n")), moderngov);
    expect(noTitle.findings.filter((finding) => finding.section === "title").map((finding) => finding.ruleId)).toEqual(["required-section"]);
  });
});

describe("class 3: the decision-maker named only in a header or attendance line", () => {
  test.each<[string, string]>([
    ["Delegated decision by the Cabinet Member for Finance", "the line opening “Delegated decision by” names the decision-maker"],
    ["Present: Councillor A. Smith, Cabinet Member for Housing", "the line opening “Present:” names the decision-maker"],
  ])("“%s”", (line, evidence) => {
    const report = checkDocument(snapshotFromText(["Resurfacing of Mill Lane", line, "Decision:", "To approve the scheme."].join("\n")), moderngov);
    expect(report.summary.sections.find((section) => section.id === "decision-maker")).toMatchObject({ status: "present", block: 1, evidence });
  });

  test("“Present at the consultation were residents” names nobody", () => {
    const report = checkDocument(snapshotFromText(["Resurfacing of Mill Lane", "Present at the consultation were residents of Mill Lane.", "Decision:", "To approve the scheme."].join("\n")), moderngov);
    expect(report.findings.filter((finding) => finding.section === "decision-maker").map((finding) => finding.ruleId)).toEqual(["required-section"]);
  });
});

describe("class 4: a section's body ends at page furniture", () => {
  const record = (after: string[]) =>
    [
      "## DECISION TAKEN BY:",
      "Cabinet Member for Highways",
      "Key decision: NO",
      "Key decision criteria",
      "Not applicable",
      "## Title of decision",
      "Resurfacing of Mill Lane",
      "## Decision:",
      "To approve the resurfacing scheme.",
      "## Reason(s) for decision:",
      "The surface has failed.",
      "## Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:",
      "None",
      "## Signature",
      "A. Member",
      "## Any alternatives considered and rejected:",
      "N/A",
      ...after,
    ].join("\n");

  test("“N/A” followed by publication and call-in lines is still a bare N/A", () => {
    const findings = checkDocument(snapshotFromText(record(["Publication date: 01/02/2024", "Effective from: 09/02/2024", "Call-in deadline: 08/02/2024"])), kent).findings;
    expect(findings.filter((finding) => finding.ruleId === "empty-section").map((finding) => [finding.section, finding.data?.state])).toEqual([["alternatives", "not-applicable"]]);
  });

  test("a sentence that only mentions “effective from” is part of the body", () => {
    const findings = checkDocument(snapshotFromText(record(["Effective from 1 April the lane will be closed while the alternatives are compared."])), kent).findings;
    expect(findings.filter((finding) => finding.ruleId === "empty-section")).toEqual([]);
  });
});

describe("class 6: publication status comes from the record's own marking", () => {
  const statusOf = (firstLine: string) => checkDocument(snapshotFromText([firstLine, "Decision Maker: Cabinet", "Decision:", "To approve the disposal."].join("\n")), moderngov).summary.publication.status;

  test.each<[string, string]>([
    ["NOT FOR PUBLICATION", "exempt"],
    ["EXEMPT – paragraph 3 of Part 1 of Schedule 12A", "exempt"],
    ["Confidential", "exempt"],
  ])("“%s” marks the record %s", (line, status) => {
    expect(statusOf(line)).toBe(status);
  });

  test.each([["EXEMPT ITEM 7 – Disposal of land at Mill Lane"], ["Exempt appendix: valuation of the site"], ["Confidential report of the Director (Part 2 item)"]])("“%s” names something else", (line) => {
    expect(statusOf(line)).toBe("unknown");
  });

  test("a public record that names an exempt appendix still warns about the exempt wording it contains", () => {
    const report = checkDocument(
      snapshotFromText(["Exempt appendix: valuation of the site", "Decision Maker: Cabinet", "Decision:", "To approve the disposal; the bids are commercially sensitive."].join("\n")),
      moderngov,
    );
    expect(report.findings.filter((finding) => finding.ruleId === "exempt-information").map((finding) => finding.location?.text)).toEqual(["Exempt appendix", "commercially sensitive"]);
  });
});

describe("the Welsh profile", () => {
  test("is built in, cites Part 4 (paragraphs 12–18) and does not require a key-decision answer", () => {
    expect(wales).toMatchObject({ id: "wales", jurisdiction: "wales" });
    expect(wales.sections.find((section) => section.id === "key-decision")?.mandatory).toBe(false);
    const report = checkDocument(
      snapshotFromText(
        [
          "Teitl / Title: Prydles y depo / Depot lease",
          "Penderfynwr / Decision maker: Aelod Cabinet / Cabinet Member",
          "Penderfyniad / Decision",
          "Cytunwyd i adnewyddu'r brydles / The lease is renewed.",
          "Rhesymau dros y penderfyniad / Reasons for the decision",
          "Mae angen y depo / The depot is needed.",
          "Opsiynau eraill a ystyriwyd / Alternative options considered",
          "Cau'r depo / Closing the depot.",
          "Datgan buddiant / Declarations of interest",
          "Dim / None",
          "The valuation is exempt under paragraph 3 of Part 1 of Schedule 12A.",
        ].join("\n"),
      ),
      wales,
    );
    expect(report.findings.map((finding) => finding.ruleId).filter((id) => id !== "exempt-information" && id !== "heading-style")).toEqual(["exempt-citation-form"]);
    expect(report.findings.find((finding) => finding.ruleId === "exempt-citation-form")?.message).toContain("Part 1 (England) numbering");
  });
});
