import { checkDocument, defaultProfile } from "../../src/core";
import { minimalEdit, replaceAt } from "../../src/word/replace-text";
import { mapText } from "../../src/word/text-map";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot, withoutSections } from "./helpers";

function keyDecisionFinding() {
  const snapshot = seedSnapshot("kent-stls-redesign-2022.md");
  const finding = checkDocument(snapshot).findings.find((candidate) => candidate.ruleId === "key-decision-answer")!;
  return { snapshot, finding };
}

describe("applying a fix", () => {
  it("applies a fix whose target is intact, and the finding is gone on the next check", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    expect(finding.fix?.kind).toBe("replace-text");
    const fake = fakeWith(snapshot);
    const host = hostOn(fake);
    const result = await host.applyFix(finding, defaultProfile);
    expect(result).toEqual({ applied: true, message: expect.stringContaining("YES") });
    expect(fake.document.texts()[finding.location!.block]).toBe("Key decision: YES");
    expect(fake.document.paragraphs()[finding.location!.block]!.styleBuiltIn).toBe("Heading3");
    const after = checkDocument(await host.readSnapshot());
    expect(after.findings.map((candidate) => candidate.ruleId)).not.toContain("key-decision-answer");
    expect(after.summary.keyDecision.answer).toBe("yes");
  });

  it("refuses a fix whose target changed since the check, and changes nothing", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    fake.document.setParagraphText(finding.location!.block, "Key decision: NO");
    const before = fake.document.texts();
    const result = await hostOn(fake).applyFix(finding, defaultProfile);
    expect(result).toEqual({
      applied: false,
      reason: "The text has changed since the check: the paragraph now reads “Key decision: NO”. Check again.",
    });
    expect(fake.document.texts()).toEqual(before);
  });

  it("quotes a long changed paragraph on one line, cut at 60 characters like every other message", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    fake.document.setParagraphText(finding.location!.block, "Key decision: NO,\tas the spending is within the budget the Cabinet agreed in February.");
    expect(await hostOn(fake).applyFix(finding, defaultProfile)).toEqual({
      applied: false,
      reason: "The text has changed since the check: the paragraph now reads “Key decision: NO, as the spending is within the budget the…”. Check again.",
    });
  });

  it("refuses when the finding's text is no longer where the check saw it", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    fake.document.setParagraphText(finding.location!.block, "Is this a key decision?");
    expect(await hostOn(fake).applyFix(finding, defaultProfile)).toEqual({
      applied: false,
      reason: "The text has changed since the check: “Key decision:” is no longer there. Check again.",
    });
  });

  it("refuses when the paragraph has gone", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith({ blocks: snapshot.blocks.slice(0, 3) });
    expect(await hostOn(fake).applyFix(finding, defaultProfile)).toMatchObject({ applied: false, reason: expect.stringContaining("Check again") });
  });

  it("says the fix is tracked when Track Changes is on", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    fake.document.changeTrackingMode = "TrackAll";
    expect(await hostOn(fake).applyFix(finding, defaultProfile)).toEqual({ applied: true, message: expect.stringContaining("tracked change") });
  });

  it("inserts a missing section through its fix, and refuses once the section is back", async () => {
    const snapshot = withoutSections(seedSnapshot("kent-send-strategy-2021.txt"), ["decision-maker"]);
    const finding = checkDocument(snapshot).findings.find((candidate) => candidate.ruleId === "required-section")!;
    expect(finding.fix).toMatchObject({ kind: "insert-section", section: "decision-maker" });
    const fake = fakeWith(snapshot);
    const host = hostOn(fake);
    expect(await host.applyFix(finding, defaultProfile)).toEqual({ applied: true, message: expect.stringContaining("Insert") });
    const after = checkDocument(await host.readSnapshot());
    expect(after.findings.filter((candidate) => candidate.ruleId === "required-section")).toEqual([]);
    const texts = fake.document.texts();
    expect(await host.applyFix(finding, defaultProfile)).toEqual({
      applied: false,
      reason: "The “DECISION TO BE TAKEN BY” section is already in the document. Check again.",
    });
    expect(fake.document.texts()).toEqual(texts);
  });

  it("inserts only the section of the fix, not every missing one", async () => {
    const snapshot = withoutSections(seedSnapshot("kent-send-strategy-2021.txt"), ["decision-maker", "alternatives"]);
    const finding = checkDocument(snapshot).findings.find((candidate) => candidate.fix?.kind === "insert-section" && candidate.fix.section === "alternatives")!;
    const fake = fakeWith(snapshot);
    const host = hostOn(fake);
    await host.applyFix(finding, defaultProfile);
    const sections = checkDocument(await host.readSnapshot()).summary.sections;
    expect(sections.find((section) => section.id === "alternatives")?.status).not.toBe("missing");
    expect(sections.find((section) => section.id === "decision-maker")?.status).toBe("missing");
  });

  it("explains that a finding without a fix cannot be fixed", async () => {
    const fake = createFakeOffice();
    expect(await hostOn(fake).applyFix({ ruleId: "x", severity: "info", message: "m" }, defaultProfile)).toMatchObject({ applied: false });
  });
});

describe("replacing text at a location", () => {
  async function replace(text: string, start: number, length: number, replacement: string) {
    const fake = createFakeOffice({ content: [{ text }] });
    const refusal = await fake.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const paragraph = paragraphs.items[0]!;
      return replaceAt(context, paragraph, [mapText(paragraph.text)], { block: 0, start, length, text: text.slice(start, start + length) }, replacement);
    });
    return { refusal, text: fake.document.texts()[0] };
  }

  it.each([
    ["the right one of a repeated span", "Spend £1m, then £1m, then £1m.", 16, 3, "£1,000,000", "Spend £1m, then £1,000,000, then £1m."],
    ["the whole paragraph", "Key decision:", 0, 13, "Key decision: YES", "Key decision: YES"],
    ["an insertion at the start", "decision", 0, 0, "Key ", "Key decision"],
    ["an insertion at the end", "Key decision:", 13, 0, " YES", "Key decision: YES"],
    ["an insertion inside the text", "Spend £1m now.", 0, 14, "Spend £1m right now.", "Spend £1m right now."],
    ["a deletion", "Key decision: YES YES", 0, 21, "Key decision: YES", "Key decision: YES"],
  ])("edits %s", async (_name, text, start, length, replacement, expected) => {
    expect(await replace(text, start, length, replacement)).toEqual({ refusal: undefined, text: expected });
  });

  it("refuses a span Word's search cannot pick out on its own, and changes nothing", async () => {
    expect(await replace("aaa", 1, 2, "b")).toEqual({ refusal: expect.stringContaining("cannot pick out"), text: "aaa" });
  });

  it("never writes a control character into the record", async () => {
    expect(await replace("Key decision:", 0, 13, "Key decision:\x05 YES")).toEqual({ refusal: expect.stringContaining("control character"), text: "Key decision:" });
  });

  it.each([
    ["Key decision:", "Key decision: YES", { start: 13, removed: 0, inserted: " YES" }],
    ["Key decision criteria. The decision will:", "YES", { start: 0, removed: 41, inserted: "YES" }],
    ["£1m", "£1,000,000", { start: 2, removed: 1, inserted: ",000,000" }],
    ["same", "same", { start: 4, removed: 0, inserted: "" }],
  ])("turns %p into %p with the smallest edit", (before, after, edit) => {
    expect(minimalEdit(before, after)).toEqual(edit);
  });
});
