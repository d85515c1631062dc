// One table for every rule's public contract: its id, default severity and whether it offers fixes, held against
// src/core/rules/metadata.ts, the registered rules and docs/RULES.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleMetas, type Severity } from "../../../src/core";
import { rules } from "../../../src/core/rules";

/** Ids are a public contract (the CLI's JSON, SARIF and JUnit, and profiles' `rules`): change this table only with care. */
const CONTRACT: [id: string, severity: Severity, fixable: boolean, formerIds: string[]][] = [
  ["required-section", "error", true, []],
  ["empty-section", "error", false, []],
  ["key-decision-answer", "error", true, []],
  ["key-decision-contradiction", "error", true, ["key-decision-threshold"]],
  ["key-decision-unstated", "warning", false, ["key-decision-threshold"]],
  ["key-decision-notice", "info", false, ["key-decision-threshold"]],
  ["key-decision-cap", "info", false, ["key-decision-threshold"]],
  ["malformed-amount", "warning", false, []],
  ["exempt-information", "error", false, []],
  ["exempt-citation-form", "warning", false, []],
  ["personal-data", "error", false, []],
  ["interest-dispensation", "warning", false, []],
  ["date-order", "warning", false, []],
  ["duplicate-numbering", "warning", false, []],
  ["placeholder-text", "warning", false, []],
  ["heading-style", "warning", true, []],
];

const root = join(__dirname, "../../..");
const rulesDoc = readFileSync(join(root, "docs/RULES.md"), "utf8");
const headingOf = (id: string) => rulesDoc.split("\n").find((line) => line.startsWith(`## ${id} `));

test("the metadata lists every rule in the contract, in the order rules run", () => {
  expect(ruleMetas.map((meta) => [meta.id, meta.severity, meta.fixable, meta.deprecatedIds ?? []])).toEqual(CONTRACT);
});

test("each registered rule takes its meta from the metadata table", () => {
  expect(rules.map((rule) => rule.meta)).toEqual(ruleMetas);
  rules.forEach((rule, index) => expect(rule.meta).toBe(ruleMetas[index]));
});

test("no former id is the id of a rule today", () => {
  const ids = new Set(ruleMetas.map((meta) => meta.id));
  expect(ruleMetas.flatMap((meta) => meta.deprecatedIds ?? []).filter((id) => ids.has(id))).toEqual([]);
});

test("metadata.ts is data: it imports types only, so the pane can load it without the engine", () => {
  const source = readFileSync(join(root, "src/core/rules/metadata.ts"), "utf8");
  const imports = source.split("\n").filter((line) => line.startsWith("import "));
  expect(imports.filter((line) => !line.startsWith("import type "))).toEqual([]);
});

describe.each(CONTRACT)("%s", (id, severity, fixable) => {
  test(`docs/RULES.md documents it as ${severity}${fixable ? ", fixable" : ""}`, () => {
    const heading = headingOf(id);
    expect(heading).toBeDefined();
    expect(heading).toContain(severity);
    expect(heading?.includes("fixable")).toBe(fixable);
  });

  test("explains why it matters, with a title and a description", () => {
    const meta = ruleMetas.find((candidate) => candidate.id === id)!;
    expect(meta.why.length).toBeGreaterThan(40);
    expect(meta.title.length).toBeGreaterThan(5);
    expect(meta.description.length).toBeGreaterThan(20);
  });
});

test.each(CONTRACT.filter(([, , , formerIds]) => formerIds.length > 0))("docs/RULES.md names the former ids of %s in its section", (id, _severity, _fixable, formerIds) => {
  const section = rulesDoc.slice(rulesDoc.indexOf(`${headingOf(id)}\n`)).split("\n## ")[0];
  expect(section.startsWith(`## ${id} `)).toBe(true);
  for (const former of formerIds) expect(section).toContain(`\`${former}\``);
});
