import { applyInsertionPlan, buildTemplate, builtInProfiles, checkDocument, defaultProfile, planInsertion } from "../../src/core";
import type { SectionId } from "../../src/core/sections";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot, withoutSections } from "./helpers";

const template = buildTemplate(defaultProfile);
const templateOrder = template.sections.map((section) => section.section);

function isSubsequence(needles: string[], haystack: string[]): boolean {
  let at = 0;
  for (const text of haystack) if (at < needles.length && text === needles[at]) at++;
  return at === needles.length;
}

describe("inserting the template", () => {
  it("fills an empty document with the title and every section, so a check finds no missing section", async () => {
    const fake = createFakeOffice();
    const host = hostOn(fake);
    const result = await host.insertTemplate(defaultProfile);
    expect(result).toEqual({ inserted: templateOrder, tracked: false });

    const report = checkDocument(await host.readSnapshot(), defaultProfile);
    expect(report.findings.filter((finding) => finding.ruleId === "required-section")).toEqual([]);
    expect(report.summary.sections.every((section) => section.status !== "missing")).toBe(true);
    expect(report.findings.some((finding) => finding.ruleId === "placeholder-text")).toBe(true);
  });

  it("styles the title and headings and puts each body in a tagged rich-text control titled after its heading", async () => {
    const fake = createFakeOffice();
    await hostOn(fake).insertTemplate(defaultProfile);
    const paragraphs = fake.document.paragraphs();
    expect(paragraphs[0]).toMatchObject({ text: template.title, styleBuiltIn: "Title" });
    const headings = paragraphs.filter((paragraph) => /^Heading[1-3]$/.test(paragraph.styleBuiltIn));
    expect(headings.map((paragraph) => paragraph.text)).toEqual(template.sections.map((section) => section.heading));
    expect(headings.map((paragraph) => paragraph.styleBuiltIn)).toEqual(template.sections.map((section) => section.headingStyle));
    expect(headings.every((paragraph) => paragraph.tags.length === 0)).toBe(true);

    const controls = fake.document.contentControls();
    expect(controls.map((control) => control.tag)).toEqual(template.sections.map((section) => `rod:${section.section}`));
    for (const section of template.sections) {
      const control = controls.find((candidate) => candidate.tag === section.tag)!;
      expect(control.title).toBe(section.title);
      expect(control.appearance).toBe("BoundingBox");
      expect(paragraphs.slice(control.first, control.last + 1).map((paragraph) => paragraph.text)).toEqual(section.body);
      expect(paragraphs.slice(control.first, control.last + 1).every((p) => p.styleBuiltIn === "Normal" && p.bold === false)).toBe(true);
      expect(control.placeholderText).toBe(section.placeholder ? section.body.join(" ") : "");
    }
  });

  it("inserts with two syncs, and a second insertion adds nothing", async () => {
    const fake = createFakeOffice();
    const host = hostOn(fake);
    await host.insertTemplate(defaultProfile);
    expect(fake.document.syncCount).toBe(2);
    const texts = fake.document.texts();
    fake.document.resetSyncCount();
    expect(await host.insertTemplate(defaultProfile)).toEqual({ inserted: [], tracked: false });
    expect(fake.document.texts()).toEqual(texts);
    expect(fake.document.syncCount).toBe(1);
  });

  const removals: [string, "kent-stls-redesign-2022.md" | "kent-send-strategy-2021.txt", SectionId[]][] = [
    ["the first section", "kent-send-strategy-2021.txt", ["decision-maker"]],
    ["alternatives, between consultation and interests", "kent-send-strategy-2021.txt", ["alternatives"]],
    ["the last section", "kent-send-strategy-2021.txt", ["signature"]],
    ["several sections at once", "kent-stls-redesign-2022.md", ["decision-maker", "reasons", "financial-implications", "signature"]],
    ["neighbouring sections", "kent-stls-redesign-2022.md", ["legal-implications", "equalities-implications"]],
  ];

  it.each(removals)("puts back %s in %s, in template order, leaving every other paragraph as it was", async (_name, seed, removed) => {
    const snapshot = withoutSections(seedSnapshot(seed), removed);
    const missingBefore = planInsertion(snapshot, defaultProfile).missing;
    expect(missingBefore).toEqual(expect.arrayContaining(removed));
    const fake = fakeWith(snapshot);
    const host = hostOn(fake);

    const result = await host.insertTemplate(defaultProfile);
    expect(result.inserted).toEqual(missingBefore);
    expect(result.inserted).toEqual(templateOrder.filter((id) => result.inserted.includes(id)));

    const after = await host.readSnapshot();
    const texts = after.blocks.map((block) => block.text);
    const original = snapshot.blocks.map((block) => block.text);
    expect(isSubsequence(original, texts)).toBe(true);
    const added = result.inserted.flatMap((id) => {
      const section = template.sections.find((candidate) => candidate.section === id)!;
      return [section.heading, ...section.body];
    });
    expect(texts).toHaveLength(original.length + added.length);
    // The Word layer lands exactly where the engine's own model of the plan says.
    expect(texts).toEqual(applyInsertionPlan(snapshot, planInsertion(snapshot, defaultProfile)).blocks.map((block) => block.text));

    const report = checkDocument(after, defaultProfile);
    for (const id of removed) expect(report.summary.sections.find((section) => section.id === id)?.status).not.toBe("missing");
    const headingIndex = (id: SectionId) => after.blocks.findIndex((block) => block.tag === `rod:${id}`);
    const positions = result.inserted.map(headingIndex);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    expect(await host.insertTemplate(defaultProfile)).toEqual({ inserted: [], tracked: false });
    expect(fake.document.texts()).toEqual(texts);
  });

  it("puts alternatives back between consultation and interests", async () => {
    const snapshot = withoutSections(seedSnapshot("kent-send-strategy-2021.txt"), ["alternatives"]);
    const fake = fakeWith(snapshot);
    await hostOn(fake).insertTemplate(defaultProfile);
    const sections = checkDocument(await hostOn(fake).readSnapshot()).summary.sections;
    const block = (id: SectionId) => sections.find((section) => section.id === id)!.block!;
    expect(block("consultation")).toBeLessThan(block("alternatives"));
    expect(block("alternatives")).toBeLessThan(block("interests"));
  });

  it("inserts beside a section known only by its tagged control, never inside the control", async () => {
    const fake = createFakeOffice();
    const host = hostOn(fake);
    await host.insertTemplate(defaultProfile);
    const control = (tag: string) => fake.document.contentControls().find((candidate) => candidate.tag === tag)!;
    // The officer deletes the alternatives section, and retypes nothing over the interests heading, which goes too.
    const alternatives = control("rod:alternatives");
    for (let index = alternatives.last; index >= alternatives.first - 1; index--) fake.document.deleteParagraph(index);
    fake.document.deleteParagraph(control("rod:interests").first - 1);
    const interestsBody = fake.document.texts().slice(control("rod:interests").first, control("rod:interests").last + 1);

    expect(await host.insertTemplate(defaultProfile)).toMatchObject({ inserted: ["alternatives"] });
    const paragraphs = fake.document.paragraphs();
    const heading = paragraphs.find((paragraph) => paragraph.text === template.sections.find((s) => s.section === "alternatives")!.heading)!;
    expect(heading.tags).toEqual([]);
    const interests = control("rod:interests");
    expect(fake.document.texts().slice(interests.first, interests.last + 1)).toEqual(interestsBody);
    expect(control("rod:alternatives").last).toBe(interests.first - 1);
    expect(paragraphs.every((paragraph) => paragraph.tags.length <= 1)).toBe(true);
  });

  it("uses the chosen council's template", async () => {
    const profile = builtInProfiles.moderngov!;
    const fake = createFakeOffice();
    const result = await hostOn(fake).insertTemplate(profile);
    expect(result.inserted).toEqual(profile.sections.map((section) => section.id));
    expect(fake.document.texts()[0]).toBe(profile.documentTitle);
  });

  it.each([
    ["TrackAll", true],
    ["TrackMineOnly", true],
    ["Off", false],
  ] as const)("reports the insertion as tracked when Track Changes is %s", async (mode, tracked) => {
    const fake = createFakeOffice();
    fake.document.changeTrackingMode = mode;
    const result = await hostOn(fake).insertTemplate(defaultProfile);
    expect(result.tracked).toBe(tracked);
    const revisions = fake.document.paragraphs().filter((paragraph) => paragraph.revision === "inserted");
    expect(revisions.length > 0).toBe(tracked);
  });

  it("still inserts, without claiming tracking, where Word cannot report the tracking mode (WordApi 1.3)", async () => {
    const fake = createFakeOffice({ supportedSets: { WordApi: "1.3" } });
    fake.document.changeTrackingMode = "TrackAll";
    const result = await hostOn(fake).insertTemplate(defaultProfile);
    expect(result).toEqual({ inserted: templateOrder, tracked: false });
  });
});
