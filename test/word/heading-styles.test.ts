import { checkDocument, defaultProfile, snapshotFromText, type Finding } from "../../src/core";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot } from "./helpers";

const headingFindings = (findings: Finding[]) => findings.filter((finding) => finding.ruleId === "heading-style");

describe("Make all section headings real headings, on the SEND seed", () => {
  it("turns each plain-line heading into the template's style in at most two syncs, text unchanged; a second check reports none", async () => {
    const fake = fakeWith(seedSnapshot("kent-send-strategy-2021.txt"));
    const host = hostOn(fake);
    const before = fake.document.paragraphs().map((paragraph) => paragraph.text);
    const report = checkDocument(await host.readSnapshot(), defaultProfile);
    const found = headingFindings(report.findings);
    expect(found).toHaveLength(11);
    expect(report.summary.headings).toEqual({ real: 0, total: 11 });

    fake.document.resetSyncCount();
    const result = await host.makeHeadingsReal(report.findings);
    expect(fake.document.syncCount).toBeLessThanOrEqual(2);
    expect(result).toEqual({ changed: 11, refused: [], tracked: false });

    const after = fake.document.paragraphs();
    expect(after.map((paragraph) => paragraph.text)).toEqual(before);
    expect(after[0]).toMatchObject({ text: "KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION", styleBuiltIn: "Title" });
    for (const finding of found.slice(1)) expect(after[finding.location!.block].styleBuiltIn).toBe("Heading2");
    expect(after.filter((paragraph) => /^Heading\d$|^Title$/.test(paragraph.styleBuiltIn))).toHaveLength(11);

    const again = checkDocument(await host.readSnapshot(), defaultProfile);
    expect(headingFindings(again.findings)).toEqual([]);
    expect(again.summary.headings).toEqual({ real: 11, total: 11 });
  });

  it("with Track Changes on, changes the styles and says it was tracking", async () => {
    const fake = fakeWith(seedSnapshot("kent-send-strategy-2021.txt"));
    fake.document.changeTrackingMode = "TrackAll";
    const host = hostOn(fake);
    const report = checkDocument(await host.readSnapshot(), defaultProfile);
    const result = await host.makeHeadingsReal(report.findings);
    expect(result).toMatchObject({ changed: 11, tracked: true });
    expect(fake.document.paragraphs().map((paragraph) => paragraph.text)).toEqual(seedSnapshot("kent-send-strategy-2021.txt").blocks.map((block) => block.text));
  });
});

describe("what is left alone", () => {
  const record = (decisionHeading: object) =>
    createFakeOffice({
      content: [
        { text: "KENT COUNTY COUNCIL – RECORD OF DECISION", styleBuiltIn: "Title" },
        { text: "Decision:", ...decisionHeading },
        { control: { tag: "rod:decision", title: "Decision" }, paragraphs: [{ text: "I agree to extend the library opening hours." }] },
        { text: "Reason(s) for decision:" },
        { control: { tag: "rod:reasons", title: "Reasons" }, paragraphs: [{ text: "Visitors asked for evening opening." }] },
      ],
    });

  it("a heading in a locked content control is named and the others still change, in one batch", async () => {
    const fake = createFakeOffice({
      content: [
        { text: "KENT COUNTY COUNCIL – RECORD OF DECISION", styleBuiltIn: "Title" },
        { control: { tag: "rod:locked", title: "Locked", cannotEdit: true }, paragraphs: [{ text: "Decision:" }, { text: "I agree to extend the library opening hours." }] },
        { text: "Reason(s) for decision:" },
        { text: "Visitors asked for evening opening." },
      ],
    });
    const host = hostOn(fake);
    const report = checkDocument(await host.readSnapshot(), defaultProfile);
    expect(headingFindings(report.findings).map((finding) => finding.location?.text)).toEqual(["Decision:", "Reason(s) for decision:"]);
    fake.document.resetSyncCount();
    const result = await host.makeHeadingsReal(report.findings);
    expect(fake.document.syncCount).toBeLessThanOrEqual(2);
    expect(result).toEqual({ changed: 1, refused: [{ text: "Decision:", reason: "“Decision:” is in a locked content control." }], tracked: false });
    const paragraphs = fake.document.paragraphs();
    expect(paragraphs[1]).toMatchObject({ text: "Decision:", styleBuiltIn: "Normal", tags: ["rod:locked"] });
    expect(paragraphs[3]).toMatchObject({ text: "Reason(s) for decision:", styleBuiltIn: "Heading2" });
  });

  it("keeps each body in its content control", async () => {
    const fake = record({ bold: true });
    const host = hostOn(fake);
    await host.makeHeadingsReal(checkDocument(await host.readSnapshot(), defaultProfile).findings);
    const paragraphs = fake.document.paragraphs();
    expect(paragraphs.map((paragraph) => [paragraph.text, paragraph.styleBuiltIn, paragraph.tags])).toEqual([
      ["KENT COUNTY COUNCIL – RECORD OF DECISION", "Title", []],
      ["Decision:", "Heading2", []],
      ["I agree to extend the library opening hours.", "Normal", ["rod:decision"]],
      ["Reason(s) for decision:", "Heading2", []],
      ["Visitors asked for evening opening.", "Normal", ["rod:reasons"]],
    ]);
  });

  it("an automatic list item keeps its number: it is named, not restyled", async () => {
    const fake = record({ isListItem: true, styleBuiltIn: "ListParagraph" });
    const host = hostOn(fake);
    const findings = checkDocument(await host.readSnapshot(), defaultProfile).findings;
    const listed = headingFindings(findings).find((finding) => finding.location?.text === "Decision:")!;
    expect(listed.fix).toBeUndefined();
    // Even a fix made for it (by an older check, say) is refused in Word.
    const forced: Finding = { ...listed, fix: { kind: "heading-style", location: listed.location!, style: "Heading2", description: "Make it Heading 2" } };
    const result = await host.makeHeadingsReal([forced]);
    expect(result.refused).toEqual([{ text: "Decision:", reason: "“Decision:” is a numbered or bulleted list item: a heading style would remove its number." }]);
    expect(fake.document.paragraphs()[1]).toMatchObject({ isListItem: true, styleBuiltIn: "ListParagraph" });
  });

  it("a heading retyped since the check is not touched", async () => {
    const fake = record({});
    const host = hostOn(fake);
    const report = checkDocument(await host.readSnapshot(), defaultProfile);
    fake.document.setParagraphText(1, "Decisions taken:");
    const result = await host.makeHeadingsReal(report.findings);
    expect(result.refused).toEqual([{ text: "Decision:", reason: "“Decision:” has changed since the check." }]);
    expect(fake.document.paragraphs()[1].styleBuiltIn).toBe("Normal");
  });

  it("a single Fix applies one heading and says what it did", async () => {
    const fake = fakeWith(snapshotFromText("KENT COUNTY COUNCIL – RECORD OF DECISION\nDecision:\nI agree to extend the opening hours."));
    const host = hostOn(fake);
    const finding = headingFindings(checkDocument(await host.readSnapshot(), defaultProfile).findings).find((item) => item.location?.text === "Decision:")!;
    expect(await host.applyFix(finding, defaultProfile)).toEqual({ applied: true, message: "Made “Decision:” Heading 2." });
    expect(fake.document.paragraphs()[1].styleBuiltIn).toBe("Heading2");
  });
});
