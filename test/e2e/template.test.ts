/**
 * Scenarios 1 and 4: the template inserted by the real pane into the simulated Word document.
 */
import { existsSync, statSync } from "node:fs";
import { buildTemplate, defaultProfile } from "../../src/core";
import { workbenchSuite } from "./support/workbench";

jest.setTimeout(60_000);

const template = buildTemplate(defaultProfile);
const headings = template.sections.map((section) => section.heading);
const headingOf = (id: string) => template.sections.find((section) => section.section === id)?.heading;

const suite = workbenchSuite();

it("inserts every section into an empty document, in template order, and the check then finds none missing", async () => {
  const workbench = await suite.open("?doc=empty");
  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText(`Inserted ${headings.length} sections`).waitFor();

  const paragraphs = await workbench.paragraphs();
  expect(paragraphs[0]).toEqual({ text: template.title, style: "Title", tags: [] });
  expect(paragraphs.filter((paragraph) => paragraph.style.startsWith("Heading")).map((paragraph) => paragraph.text)).toEqual(headings);
  // Each section's body sits in its own content control, tagged with the section.
  const tags = [...new Set(paragraphs.flatMap((paragraph) => paragraph.tags))];
  expect(tags).toEqual(template.sections.map((section) => section.tag));

  await workbench.check();
  const ruleIds = await workbench.ruleIds();
  expect(ruleIds).not.toContain("required-section");
  expect(ruleIds).toContain("placeholder-text");

  const shot = await workbench.screenshot("workbench-scenario-1-template.png");
  expect(existsSync(shot) && statSync(shot).size).toBeGreaterThan(10_000);
});

it("puts a deleted section back between its neighbours and changes nothing else", async () => {
  const workbench = await suite.open("?doc=kent-send-strategy-2021");
  // This record has no legal implications section: complete it first, so only the deleted section is missing.
  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText("Inserted 1 section").waitFor();
  const complete = await workbench.paragraphs();
  const alternatives = complete.findIndex((paragraph) => paragraph.text === "Any alternatives considered and rejected:");
  expect(complete[alternatives + 1]?.text).toBe("All alternatives were considered following the consultation process.");

  // The officer deletes the section's text and heading with the keyboard.
  await workbench.deleteParagraph(alternatives + 1);
  await workbench.deleteParagraph(alternatives);
  const before = await workbench.paragraphs();
  expect(before).toEqual([...complete.slice(0, alternatives), ...complete.slice(alternatives + 2)]);

  await workbench.check();
  expect(await workbench.ruleIds()).toContain("required-section");
  await workbench.finding("required-section", "alternatives").waitFor();

  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText("Inserted 1 section").waitFor();
  // Inserting re-checks a document that had been checked.
  await workbench.finding("required-section", "alternatives").waitFor({ state: "detached" });
  expect(await workbench.ruleIds()).not.toContain("required-section");

  const after = await workbench.paragraphs();
  const inserted = after.slice(alternatives, alternatives + 2);
  expect(inserted[0]).toEqual({ text: headingOf("alternatives"), style: "Heading2", tags: [] });
  expect(inserted[1]?.tags).toEqual(["rod:alternatives"]);
  // Between the consultation section (its heading and body just before) and the interests section (just after).
  expect(after[alternatives - 2]?.text).toBe("Cabinet Committee recommendations and other consultation:");
  expect(after[alternatives + 2]?.text).toMatch(/^Any interest declared/);
  expect([...after.slice(0, alternatives), ...after.slice(alternatives + 2)]).toEqual(before);
});
