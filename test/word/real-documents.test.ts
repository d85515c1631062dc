/**
 * The record as colleagues leave it before sign-off: comments (their anchors are characters in Word's text),
 * tracked changes (deleted text stays in it) and locked content controls. Each case is one the officer would
 * notice: a finding that vanishes, Go to on the wrong characters, a fix that writes damage.
 */
import { checkDocument, defaultProfile } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Finding } from "../../src/core/report";
import { COMMENT_PREFIX } from "../../src/word/marks";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot, withoutSections } from "./helpers";

const SEND = "kent-send-strategy-2021.txt";
const STLS = "kent-stls-redesign-2022.md";

function findingOf(findings: Finding[], ruleId: string): Finding {
  const found = findings.find((finding) => finding.ruleId === ruleId);
  if (!found) throw new Error(`No ${ruleId} finding among ${findings.map((finding) => finding.ruleId).join(", ")}.`);
  return found;
}

function ruleIds(snapshot: DocSnapshot): string[] {
  return checkDocument(snapshot).findings.map((finding) => finding.ruleId);
}

/** Block index of the first paragraph whose text starts with `start`. */
function blockStarting(snapshot: DocSnapshot, start: string): number {
  const index = snapshot.blocks.findIndex((block) => block.text.startsWith(start));
  if (index === -1) throw new Error(`No paragraph starts with ${start}.`);
  return index;
}

/** Word's text without comment anchors. */
const withoutAnchors = (text: string) => text.replace(/\x05/g, "");

describe("a record with a colleague's comments", () => {
  const seed = seedSnapshot(SEND);
  const consultation = blockStarting(seed, "1.3 A public consultation");

  it.each([
    ["on the paragraph number", "1.3"],
    ["on words before the dates", "public consultation"],
    ["on a word between the dates", "closed"],
  ])("with a comment %s still reports date-order and duplicate-numbering, and Go to selects exactly the dates", async (_where, commented) => {
    const fake = fakeWith(seed);
    const text = fake.document.texts()[consultation]!;
    fake.document.addComment(consultation, text.indexOf(commented), commented.length, "Is this right?");
    expect(fake.document.texts()[consultation]).toContain("\x05");
    const host = hostOn(fake);
    const snapshot = await host.readSnapshot();
    expect(snapshot.blocks[consultation]!.text).toBe(seed.blocks[consultation]!.text);
    const findings = checkDocument(snapshot).findings;
    expect(findings.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(["date-order", "duplicate-numbering"]));
    const dates = findingOf(findings, "date-order");
    expect(await host.locate(dates)).toEqual({ selected: "text" });
    expect(withoutAnchors(fake.document.selection().text)).toBe("3rd December 2020 and was closed on 4th February 2020");
  });

  it("on Word on the web, underlines exactly the dates, past the comment anchor and a tracked deletion", async () => {
    const fake = fakeWith(seed, { platform: "OfficeOnline" });
    const text = fake.document.texts()[consultation]!;
    fake.document.addComment(consultation, 0, 3, "Numbering?");
    fake.document.trackedDelete(consultation, text.indexOf("public "), "public ".length);
    const host = hostOn(fake, { platform: "OfficeOnline" });
    const dates = findingOf(checkDocument(await host.readSnapshot()).findings, "date-order");
    expect(await host.mark([dates])).toEqual({ method: "annotations", count: 1 });
    expect(fake.document.annotations()).toEqual([expect.objectContaining({ paragraph: consultation, text: dates.location!.text })]);
  });

  it("leaves no control character in any block of the snapshot", async () => {
    const fake = fakeWith(seed);
    seed.blocks.forEach((block, index) => {
      if (block.text.length > 4) fake.document.addComment(index, 0, 4, "Check");
    });
    const snapshot = await hostOn(fake).readSnapshot();
    expect(snapshot.blocks.map((block) => block.text)).toEqual(seed.blocks.map((block) => block.text));
  });
});

describe("a record edited with Track Changes", () => {
  const seed = seedSnapshot(SEND);
  const consultation = blockStarting(seed, "1.3 A public consultation");

  it("reads a tracked replacement of the closing date as accepted, so date-order goes", async () => {
    const fake = fakeWith(seed);
    const text = fake.document.texts()[consultation]!;
    fake.document.trackedReplace(consultation, text.indexOf("4th February 2020"), "4th February 2020".length, "4th February 2021");
    expect(fake.document.texts()[consultation]).toContain("4th February 20204th February 2021");
    const snapshot = await hostOn(fake).readSnapshot();
    expect(snapshot.blocks[consultation]!.text).toBe(seed.blocks[consultation]!.text.replace("4th February 2020", "4th February 2021"));
    expect(ruleIds(snapshot)).not.toContain("date-order");
  });

  it("reads the same when Word shows revisions in balloons, so deleted text is already out of Word's text", async () => {
    const fake = fakeWith(seed, { revisionsInline: false });
    const text = fake.document.texts()[consultation]!;
    fake.document.trackedReplace(consultation, text.indexOf("4th February 2020"), "4th February 2020".length, "4th February 2021");
    expect(ruleIds(await hostOn(fake).readSnapshot())).not.toContain("date-order");
  });

  it("on WordApi 1.3 (no reviewed text) still leaves out comment anchors, but reads deleted text, as docs/COMPATIBILITY.md says", async () => {
    const fake = fakeWith(seed, { supportedSets: { WordApi: "1.3" } });
    const text = fake.document.texts()[consultation]!;
    fake.document.addComment(consultation, 0, 3, "Numbering?");
    fake.document.trackedDelete(consultation, text.indexOf("public "), "public ".length);
    const snapshot = await hostOn(fake).readSnapshot();
    expect(snapshot.blocks[consultation]!.text).toBe(seed.blocks[consultation]!.text);
  });

  it("goes to text after a tracked deletion in the same paragraph", async () => {
    const fake = fakeWith(seed);
    const text = fake.document.texts()[consultation]!;
    fake.document.trackedDelete(consultation, text.indexOf("public "), "public ".length);
    const host = hostOn(fake);
    const dates = findingOf(checkDocument(await host.readSnapshot()).findings, "date-order");
    expect(dates.location!.text).toBe("3rd December 2020 and was closed on 4th February 2020");
    expect(await host.locate(dates)).toEqual({ selected: "text" });
    expect(fake.document.selection().text).toBe(dates.location!.text);
  });

  it("goes to dates with a tracked replacement between them: from the first date to the last, deleted text and all", async () => {
    const fake = fakeWith(seed);
    const text = fake.document.texts()[consultation]!;
    fake.document.trackedReplace(consultation, text.indexOf("closed"), "closed".length, "ended");
    const host = hostOn(fake);
    const dates = findingOf(checkDocument(await host.readSnapshot()).findings, "date-order");
    expect(dates.location!.text).toBe("3rd December 2020 and was ended on 4th February 2020");
    expect(await host.locate(dates)).toEqual({ selected: "text" });
    expect(fake.document.selection().text).toBe("3rd December 2020 and was closedended on 4th February 2020");
  });

  it("checks what Word's search found: when it does not fit the text read, Go to searches the paragraph instead", async () => {
    const fake = createFakeOffice({ content: [{ text: "We spend £1m" }, { text: "Then £1m more" }] });
    // The deleted "m" leaves "£1m" in Word's text of the first paragraph, where Word's search cannot find it (#5874).
    fake.document.trackedDelete(0, "We spend £1".length, 1);
    const host = hostOn(fake);
    const snapshot = await host.readSnapshot();
    expect(snapshot.blocks.map((block) => block.text)).toEqual(["We spend £1", "Then £1m more"]);
    const finding: Finding = { ruleId: "malformed-amount", severity: "info", message: "Amount.", location: { block: 1, start: 5, length: 3, text: "£1m" } };
    fake.document.resetSyncCount();
    expect(await host.locate(finding)).toEqual({ selected: "text" });
    expect(fake.document.selection()).toMatchObject({ start: { paragraph: 1, offset: 5 }, text: "£1m" });
    expect(fake.document.syncCount).toBe(3);
  });

  it("fixes the key-decision answer with Track Changes on, and the next check reads it answered once", async () => {
    const fake = fakeWith(seedSnapshot(STLS));
    fake.document.changeTrackingMode = "TrackAll";
    const host = hostOn(fake);
    const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
    expect(await host.applyFix(fix, defaultProfile)).toEqual({ applied: true, message: expect.stringContaining("tracked change") });
    expect(fake.document.texts()[fix.location!.block]).toBe("Key decision: YES");
    const after = checkDocument(await host.readSnapshot());
    expect(after.summary.keyDecision.answer).toBe("yes");
    expect(after.findings.map((finding) => finding.ruleId)).not.toContain("key-decision-answer");
    expect(fake.document.revisions().map((revision) => [revision.type, revision.text])).toEqual([["Added", " YES"]]);
  });
});

describe("fixing the key-decision answer in a record under review", () => {
  const seed = seedSnapshot(STLS);
  const heading = blockStarting(seed, "Key decision:");
  // The heading sits in a template control, as ROD Author's own template puts section bodies.
  const tagged: DocSnapshot = { blocks: seed.blocks.map((block, index) => (index === heading ? { ...block, tag: "rod:key-decision" } : block)) };

  it("with a comment on “Key decision:” adds only “ YES”: the comment, its anchor and the rod: tag stay", async () => {
    const fake = fakeWith(tagged);
    fake.document.addComment(heading, 0, "Key decision:".length, "Is this a key decision?");
    const host = hostOn(fake);
    const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
    expect(await host.applyFix(fix, defaultProfile)).toEqual({ applied: true, message: expect.stringContaining("YES") });
    const after = fake.document.texts()[heading]!;
    expect(withoutAnchors(after)).toBe("Key decision: YES");
    expect(after.replace(/[^\x05]/g, "")).toBe("\x05");
    expect(fake.document.comments()).toEqual([expect.objectContaining({ content: "Is this a key decision?", text: "Key decision:" })]);
    expect(fake.document.contentControls()).toEqual([expect.objectContaining({ tag: "rod:key-decision", first: heading, last: heading })]);
    expect(checkDocument(await host.readSnapshot()).summary.keyDecision.answer).toBe("yes");
  });

  it("in a locked content control is refused with the reason, and the document is unchanged", async () => {
    const fake = fakeWith(tagged);
    fake.document.lockControl(fake.document.contentControls()[0]!.id, { cannotEdit: true, cannotDelete: false });
    const host = hostOn(fake);
    const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
    const before = fake.document.texts();
    const result = await host.applyFix(fix, defaultProfile);
    expect(result).toEqual({ applied: false, reason: expect.stringContaining("locked content control") });
    expect(fake.document.texts()).toEqual(before);
  });

  it("never writes a control character, even when the comment anchor sits inside the text it changes", async () => {
    const fake = fakeWith(seed);
    fake.document.addComment(heading, 0, 3, "Key?");
    const host = hostOn(fake);
    const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
    await host.applyFix(fix, defaultProfile);
    expect(withoutAnchors(fake.document.texts()[heading]!)).toBe("Key decision: YES");
    expect(fake.document.comments()).toHaveLength(1);
  });
});

describe("inserting a missing section where the council's template locks the page", () => {
  // The whole record inside one control locked against editing, as some councils' templates do.
  const seed = withoutSections(seedSnapshot(SEND), ["decision-maker"]);
  const lockedRecord: DocSnapshot = { blocks: seed.blocks.map((block) => ({ ...block, tag: "council:record" })) };

  it("refuses the fix with the reason, and writes nothing", async () => {
    const fake = fakeWith(lockedRecord);
    fake.document.lockControl(fake.document.contentControls()[0]!.id, { cannotEdit: true, cannotDelete: true });
    const host = hostOn(fake);
    const missing = findingOf(checkDocument(await host.readSnapshot()).findings, "required-section");
    const before = fake.document.texts();
    expect(await host.applyFix(missing, defaultProfile)).toEqual({
      applied: false,
      reason: expect.stringMatching(/belongs inside a locked content control \(tagged “council:record”\), which Word does not allow to be changed, so nothing was inserted/),
    });
    expect(fake.document.texts()).toEqual(before);
  });

  it("Insert template says why nothing was inserted", async () => {
    const fake = fakeWith(lockedRecord);
    fake.document.lockControl(fake.document.contentControls()[0]!.id, { cannotEdit: true, cannotDelete: false });
    const before = fake.document.texts();
    await expect(hostOn(fake).insertTemplate(defaultProfile)).rejects.toThrow(/locked content control/);
    expect(fake.document.texts()).toEqual(before);
  });

  it("inserts it beside locked controls, which Word allows", async () => {
    // Every paragraph in a locked control of its own: the section goes between two controls, inside neither.
    const fake = fakeWith({ blocks: seed.blocks.map((block, index) => ({ ...block, tag: `council:${index}` })) });
    for (const control of fake.document.contentControls()) fake.document.lockControl(control.id);
    const host = hostOn(fake);
    const missing = findingOf(checkDocument(await host.readSnapshot()).findings, "required-section");
    expect(await host.applyFix(missing, defaultProfile)).toEqual({ applied: true, message: expect.stringContaining("Insert") });
    expect(fake.document.texts()).toContain("DECISION TO BE TAKEN BY:");
  });
});

describe("marks Word will not remove", () => {
  // The SEND record gives two findings with a place in the text (dates, numbering), so there are marks to keep apart.
  const seed = seedSnapshot(SEND);

  async function markedWithComments() {
    const fake = fakeWith(seed);
    const host = hostOn(fake, { platform: "PC" });
    const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
    const marked = await host.mark(findings);
    expect(marked).toEqual({ method: "comments", count: findings.length });
    return { fake, host, findings };
  }

  it("Clear marks removes the others and says how many could not be removed", async () => {
    const { fake, host } = await markedWithComments();
    const ours = fake.document.comments();
    expect(ours.length).toBeGreaterThan(1);
    fake.document.setCommentRefusesDeletion(ours[0]!.id, true);
    expect(await host.removeMarks()).toEqual({ removed: ours.length - 1, notRemoved: 1 });
    expect(fake.document.comments().map((comment) => comment.id)).toEqual([ours[0]!.id]);
  });

  it("marking again still replaces the removable marks, and says one was left", async () => {
    const { fake, host, findings } = await markedWithComments();
    const stuck = fake.document.comments()[0]!;
    fake.document.setCommentRefusesDeletion(stuck.id, true);
    const result = await host.mark(findings);
    expect(result).toEqual({ method: "comments", count: findings.length, notRemoved: 1, note: expect.stringContaining("Word would not remove 1 earlier mark") });
    expect(fake.document.comments()).toHaveLength(findings.length + 1);
  });

  it("keeps a critique's id until Word has removed it, so a later Clear marks still removes it", async () => {
    const fake = fakeWith(seed, { platform: "OfficeOnline" });
    const host = hostOn(fake);
    const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
    await host.mark(findings);
    expect(fake.document.annotations()).toHaveLength(findings.length);
    expect(await host.removeMarks()).toEqual({ removed: findings.length, notRemoved: 0 });
    expect(fake.document.annotations()).toEqual([]);
    expect(await host.removeMarks()).toEqual({ removed: 0, notRemoved: 0 });
  });

  it("counts an underline as removed when the officer has already deleted its text", async () => {
    const fake = fakeWith(seed, { platform: "OfficeOnline" });
    const host = hostOn(fake);
    const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
    await host.mark(findings);
    const underlined = fake.document.annotations()[0]!;
    fake.document.deleteParagraph(underlined.paragraph);
    expect(await host.removeMarks()).toEqual({ removed: findings.length, notRemoved: 0 });
    expect(fake.document.annotations()).toEqual([]);
  });

  it("on desktop Word marks with comments, which the officer can see, not critiques that may stay invisible", async () => {
    const fake = fakeWith(seed, { critiquesInvisible: true });
    const host = hostOn(fake, { platform: "Mac" });
    const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
    expect(await host.mark(findings)).toMatchObject({ method: "comments" });
    expect(fake.document.annotations()).toEqual([]);
    expect(fake.document.comments().every((comment) => comment.content.startsWith(COMMENT_PREFIX))).toBe(true);
  });

  it("when Word refuses comments, says so and leaves the document as it was", async () => {
    const fake = fakeWith(seed, { insertCommentFails: true });
    const host = hostOn(fake, { platform: "PC" });
    const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
    const result = await host.mark(findings);
    expect(result).toEqual({ method: "none", count: 0, note: expect.stringContaining("Word did not accept comments") });
    expect(fake.document.comments()).toEqual([]);
  });
});
