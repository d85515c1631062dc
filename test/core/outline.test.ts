import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInProfiles, snapshotFromText, type Block, type SectionId } from "../../src/core";
import { buildOutline, matchHeading, occurrencesOf } from "../../src/core/outline";

const kent = builtInProfiles.kent;

describe("every heading and alias in the built-in profiles is recognised as its section", () => {
  for (const profile of Object.values(builtInProfiles)) {
    const rows = profile.sections.flatMap((section) => [section.heading, ...section.aliases].map((phrase) => [profile.id, phrase, section.id] as const));
    test.each(rows)("%s: “%s” → %s", (_profile, phrase, section) => {
      expect(matchHeading(phrase, profile)?.section).toBe(section);
    });
  }
});

describe("heading variants real records use", () => {
  test.each<[string, SectionId, string | undefined]>([
    ["4. Financial Implications", "financial-implications", undefined],
    ["FINANCIAL IMPLICATIONS:", "financial-implications", undefined],
    ["Financial implications.", "financial-implications", undefined],
    ["Reason(s) for decision:", "reasons", undefined],
    ["Reasons for the decision", "reasons", undefined],
    ["REASONS FOR DECISION:", "reasons", undefined],
    ["Decision(s)", "decision", undefined],
    ["3. Equalities Assessment", "equalities-implications", undefined],
    ["Key decision: YES", "key-decision", "YES"],
    ["Is Key decision?: No", "key-decision", "No"],
    ["Decision type: Non-key", "key-decision", "Non-key"],
    ["Any interest declared when the decision was taken and any dispensation granted by the Proper Officer: None", "interests", "None"],
    ["Other Alternatives Considered and risks if decision isn't taken.", "alternatives", undefined],
    ["Any alternatives considered and rejected:", "alternatives", undefined],
    ["Alternative Options Considered and Rejected:", "alternatives", undefined],
    ["Conflicts of Interest Declared by the Executive Councillor (and any Dispensations Granted)", "interests", undefined],
    ["For publication [Do not include information which is exempt]", "publication", "[Do not include information which is exempt]"],
    ["DECISION TO BE TAKEN BY:", "decision-maker", undefined],
    ["Decision-maker: Cabinet Member for Highways", "decision-maker", "Cabinet Member for Highways"],
    ["DECISION NO:", "decision-number", undefined],
    ["Key decision criteria. The decision will:", "key-decision-criteria", undefined],
    ["Subject Matter / Title of Decision", "title", undefined],
    ["Cabinet Committee recommendations & other consultation:", "consultation", undefined],
    ["signed", "signature", undefined],
  ])("“%s” → %s", (text, section, inline) => {
    const match = matchHeading(text, kent);
    expect(match?.section).toBe(section);
    expect(match?.inline?.text).toBe(inline);
  });

  test.each([
    "Decision will be taken in March.",
    "The reasons are set out below in full, with the background to the proposal and its costs.",
    "Decisions about libraries are taken by the Cabinet Member.",
    "Keeping the current hours was rejected.",
    "Interests of residents were considered.",
  ])("prose is not a heading: “%s”", (text) => {
    expect(matchHeading(text, kent)).toBeUndefined();
  });

  test("the inline value's offset points at the value in the block", () => {
    const text = "Is Key decision?: No";
    const match = matchHeading(text, kent);
    expect(text.slice(match!.inline!.start, match!.inline!.start + 2)).toBe("No");
  });
});

describe("outline of a document", () => {
  test("both of the STLS seed's alternatives headings count", () => {
    const snapshot = snapshotFromText(readFileSync(join(__dirname, "../../src/workbench/records/kent-stls-redesign-2022.md"), "utf8"));
    const outline = buildOutline(snapshot, kent);
    expect(occurrencesOf(outline, "alternatives").map((occurrence) => snapshot.blocks[occurrence.headingBlock].text)).toEqual([
      "Other Alternatives Considered and risks if decision isn't taken.",
      "Any alternatives considered and rejected:",
    ]);
  });

  test("a sub-heading that names no section stays inside the section above it", () => {
    const snapshot = snapshotFromText(["## Reason(s) for decision:", "### Background:", "The service was devolved in 2012.", "## Legal implications", "None."].join("\n"));
    const outline = buildOutline(snapshot, kent);
    expect(outline.sectionOfBlock).toEqual(["reasons", "reasons", "reasons", "legal-implications", "legal-implications"]);
  });

  test("content-control tags win over text: a tagged body counts even when its heading was retyped", () => {
    const blocks: Block[] = [
      { text: "What we decided", style: "Heading2", outlineLevel: 2 },
      { text: "To extend the opening hours.", tag: "rod:decision" },
      { text: "Decision:", tag: "rod:reasons" },
    ];
    const outline = buildOutline({ blocks }, kent);
    expect(outline.occurrences.map((occurrence) => [occurrence.section, occurrence.headingBlock, occurrence.via])).toEqual([
      ["decision", 0, "tag"],
      ["reasons", 2, "tag"],
    ]);
    expect(outline.sectionOfBlock).toEqual(["decision", "decision", "reasons"]);
  });

  test("a tagged body straight after its own heading is one occurrence", () => {
    const blocks: Block[] = [
      { text: "Decision:", style: "Heading2", outlineLevel: 2 },
      { text: "[State the decision]", tag: "rod:decision" },
      { text: "Second paragraph of the decision.", tag: "rod:decision" },
    ];
    const outline = buildOutline({ blocks }, kent);
    expect(outline.occurrences).toEqual([{ section: "decision", headingBlock: 0, via: "heading", inline: undefined, bodyStart: 1, bodyEnd: 3 }]);
  });

  test("tags naming an unknown section are ignored", () => {
    const outline = buildOutline({ blocks: [{ text: "Some text", tag: "rod:nonsense" }, { text: "Other", tag: "someone-else" }] }, kent);
    expect(outline.occurrences.filter((occurrence) => occurrence.via === "tag")).toEqual([]);
  });
});
