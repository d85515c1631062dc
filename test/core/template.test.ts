import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyInsertionPlan, buildTemplate, builtInProfiles, checkDocument, planInsertion, snapshotFromText, type DocSnapshot } from "../../src/core";
import { kentRecord } from "../support/records";

const kent = builtInProfiles.kent;
const seed = () => snapshotFromText(readFileSync(join(__dirname, "../../src/workbench/records/kent-stls-redesign-2022.md"), "utf8"));

describe("buildTemplate", () => {
  const template = buildTemplate(kent);

  test("lists every section in the profile's order, each tagged rod:<id> with a real heading style", () => {
    expect(template.title).toBe("KENT COUNTY COUNCIL – RECORD OF DECISION");
    expect(template.sections.map((section) => section.section)).toEqual(kent.sections.map((section) => section.id));
    for (const section of template.sections) {
      expect(section.tag).toBe(`rod:${section.section}`);
      expect(section.headingStyle).toMatch(/^Heading[123]$/);
      expect(section.body.length).toBeGreaterThan(0);
    }
  });

  test("guidance is a placeholder; boilerplate such as the key-decision criteria is not", () => {
    const bySection = Object.fromEntries(template.sections.map((section) => [section.section, section]));
    expect(bySection.decision).toMatchObject({ placeholder: true, body: ["[State the decision in full, e.g. “As Cabinet Member for …, I agree to: …”]"], title: "Decision" });
    expect(bySection["key-decision-criteria"].placeholder).toBe(false);
    expect(bySection["key-decision-criteria"].body[0]).toContain("in excess of £1,000,000");
  });

  test("the modern.gov profile builds its own headings and order", () => {
    const modern = buildTemplate(builtInProfiles.moderngov);
    expect(modern.sections[0]).toMatchObject({ section: "title", heading: "Decision title:", headingStyle: "Heading1" });
    expect(modern.sections.find((section) => section.section === "key-decision")?.heading).toBe("Is Key decision?:");
  });
});

describe("planInsertion", () => {
  test("an empty document gets the title and every section, in template order, at the end", () => {
    const plan = planInsertion({ blocks: [{ text: "" }] }, kent);
    expect(plan.emptyDocument).toBe(true);
    expect(plan.title).toBe(kent.documentTitle);
    expect(plan.missing).toEqual(kent.sections.map((section) => section.id));
    expect(plan.steps.every((step) => step.anchor.kind === "end")).toBe(true);
  });

  test("a document missing its alternatives gets them back between consultation and interests", () => {
    const snapshot = snapshotFromText(kentRecord({ alternatives: null }));
    const interests = snapshot.blocks.findIndex((block) => block.text.startsWith("Any interest declared"));
    const plan = planInsertion(snapshot, kent);
    expect(plan.missing).toEqual(["alternatives"]);
    expect(plan.steps).toEqual([expect.objectContaining({ section: "alternatives", after: "consultation", anchor: { kind: "before", block: interests } })]);
  });

  test("missing sections that share an anchor keep template order", () => {
    const snapshot = snapshotFromText(kentRecord({ "financial-implications": null, "legal-implications": null, "equalities-implications": null }));
    const plan = planInsertion(snapshot, kent);
    expect(plan.missing).toEqual(["financial-implications", "legal-implications", "equalities-implications"]);
    const anchors = new Set(plan.steps.map((step) => JSON.stringify(step.anchor)));
    expect(anchors.size).toBe(1);
  });

  test("a section missing at the very start goes before the first section present", () => {
    const snapshot = snapshotFromText(kentRecord({ "decision-maker": null }));
    const plan = planInsertion(snapshot, kent);
    expect(plan.steps).toEqual([expect.objectContaining({ section: "decision-maker", anchor: { kind: "before", block: 1 } })]);
    expect(plan.steps[0].after).toBeUndefined();
  });

  test("a section missing at the end is appended", () => {
    const plan = planInsertion(snapshotFromText(kentRecord({ signature: null })), kent);
    expect(plan.steps).toEqual([expect.objectContaining({ section: "signature", after: "interests", anchor: { kind: "end" } })]);
  });

  test("the seed STLS has every section, so nothing is inserted", () => {
    expect(planInsertion(seed(), kent).steps).toEqual([]);
  });

  test("restricted to one section, the plan holds only that section", () => {
    const snapshot = snapshotFromText(kentRecord({ alternatives: null, interests: null }));
    expect(planInsertion(snapshot, kent, "interests").missing).toEqual(["interests"]);
  });
});

describe("applyInsertionPlan", () => {
  test("inserting into an empty document, then checking, finds no missing section", () => {
    const empty: DocSnapshot = { blocks: [] };
    const filled = applyInsertionPlan(empty, planInsertion(empty, kent));
    expect(filled.blocks[0]).toEqual({ text: kent.documentTitle, style: "Title", outlineLevel: 1 });
    expect(checkDocument(filled, kent).findings.filter((finding) => finding.ruleId === "required-section")).toEqual([]);
  });

  test("inserted bodies are tagged, headings carry their style", () => {
    const empty: DocSnapshot = { blocks: [] };
    const filled = applyInsertionPlan(empty, planInsertion(empty, kent));
    expect(filled.blocks.slice(1, 3)).toEqual([
      { text: "DECISION TO BE TAKEN BY:", style: "Heading2", outlineLevel: 2 },
      { text: "[Enter the name and title of the decision-maker, e.g. the Cabinet Member for …]", style: "Normal", tag: "rod:decision-maker" },
    ]);
  });

  test("putting a removed section back changes nothing else", () => {
    const original = snapshotFromText(kentRecord({ alternatives: null }));
    const result = applyInsertionPlan(original, planInsertion(original, kent));
    const inserted = result.blocks.filter((block) => !original.blocks.includes(block));
    expect(inserted.map((block) => block.text)).toEqual(["Any alternatives considered and rejected:", "[Describe each alternative option considered and why it was rejected]"]);
    expect(result.blocks.filter((block) => original.blocks.includes(block))).toEqual(original.blocks);
  });
});
