import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, snapshotFromText } from "../../src/core";
import type { Finding } from "../../src/core";
import { readDocument } from "../../src/cli/readers";
import { docxFromSnapshot } from "./support/docx-from-snapshot";
import { Scratch } from "./support/word-package";

const SEEDS = ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"];
const scratch = new Scratch();
afterAll(() => scratch.remove());

const essentials = (findings: Finding[]) =>
  findings.map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, section: finding.section, location: finding.location }));

describe.each(SEEDS)("seed %s", (seed) => {
  const text = readFileSync(join(__dirname, "..", "..", "src", "workbench", "records", seed), "utf8");
  const fromText = snapshotFromText(text);

  it("reads back from .docx as the same paragraphs, styles and list flags", async () => {
    const path = scratch.write(seed.replace(/\.\w+$/, ".docx"), await docxFromSnapshot(fromText));
    const fromDocx = await readDocument(path);
    // A Word list shows its bullet; the text reader has no label to report.
    const withoutLabels = fromDocx.blocks.map(({ listLabel: _label, ...block }) => block);
    expect(withoutLabels).toEqual(fromText.blocks);
    expect(fromDocx.blocks.filter((block) => block.isListItem).every((block) => block.listLabel === "•")).toBe(true);
  });

  it("gives the same findings as .docx as it does as text", async () => {
    const path = scratch.write(`findings-${seed.replace(/\.\w+$/, ".docx")}`, await docxFromSnapshot(fromText));
    const fromDocx = checkDocument(await readDocument(path));
    const fromPlain = checkDocument(fromText);
    expect(fromPlain.findings.length).toBeGreaterThan(0);
    expect(essentials(fromDocx.findings)).toEqual(essentials(fromPlain.findings));
    expect(fromDocx.summary).toEqual(fromPlain.summary);
  });
});
