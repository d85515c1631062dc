import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument, snapshotFromText } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Profile } from "../../src/core/profile/schema";
import type { SectionId } from "../../src/core/sections";
import { OfficeDocumentHost, type OfficeDocumentHostOptions } from "../../src/word/office-document-host";
import { contentFromBlocks, createFakeOffice, type FakeOffice, type FakeOfficeOptions } from "../../src/fake-word";

export const SEEDS = ["kent-stls-redesign-2022.md", "kent-send-strategy-2021.txt"] as const;

export function seedSnapshot(name: (typeof SEEDS)[number]): DocSnapshot {
  return snapshotFromText(readFileSync(join(__dirname, "..", "..", "src", "workbench", "records", name), "utf8"));
}

export function fakeWith(snapshot: DocSnapshot, options: FakeOfficeOptions = {}): FakeOffice {
  return createFakeOffice({ ...options, content: contentFromBlocks(snapshot.blocks) });
}

/** A host on the fake with no focus fallback, so nothing reaches for a browser window. */
export function hostOn(fake: FakeOffice, options: OfficeDocumentHostOptions = {}): OfficeDocumentHost {
  return new OfficeDocumentHost({ Word: fake.Word, Office: fake.Office }, { focusSource: undefined, ...options });
}

/** The snapshot without the given sections (heading and body), as an officer who deleted them would leave it. */
export function withoutSections(snapshot: DocSnapshot, sections: SectionId[], profile?: Profile): DocSnapshot {
  const starts = checkDocument(snapshot, profile)
    .summary.sections.filter((section) => section.block !== undefined)
    .map((section) => ({ id: section.id, block: section.block as number }))
    .sort((a, b) => a.block - b.block);
  const removed = new Set<number>();
  for (const id of sections) {
    const index = starts.findIndex((start) => start.id === id);
    if (index === -1) throw new Error(`The snapshot has no section ${id} to remove.`);
    const from = (starts[index] as { block: number }).block;
    const to = starts[index + 1]?.block ?? snapshot.blocks.length;
    for (let block = from; block < to; block++) removed.add(block);
  }
  return { blocks: snapshot.blocks.filter((_, index) => !removed.has(index)) };
}

/** A long document: `count` paragraphs in sections of one heading and nine body paragraphs. */
export function longSnapshot(count: number): DocSnapshot {
  return {
    blocks: Array.from({ length: count }, (_, index) =>
      index % 10 === 0
        ? { text: `Heading ${index / 10}`, style: "Heading2", outlineLevel: 2 }
        : { text: `Paragraph ${index} of the record, with £${index},000 spent.`, style: "Normal" },
    ),
  };
}
