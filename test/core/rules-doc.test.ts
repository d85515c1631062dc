import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleMetas } from "../../src/core";

const doc = readFileSync(join(__dirname, "../../docs/RULES.md"), "utf8");

test.each(ruleMetas.map((meta) => [meta.id, meta] as const))("docs/RULES.md documents %s with its default severity", (id, meta) => {
  const heading = doc.split("\n").find((line) => line.startsWith(`## ${id} `));
  expect(heading).toBeDefined();
  expect(heading).toContain(meta.severity);
  expect(heading?.includes("fixable")).toBe(meta.fixable);
});

test("every rule explains why it matters", () => {
  for (const meta of ruleMetas) expect(meta.why.length).toBeGreaterThan(40);
});
