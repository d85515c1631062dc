import { checkDocument } from "../../src/core";
import { normaliseOutlineLevel } from "../../src/word/read-snapshot";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, longSnapshot, SEEDS, seedSnapshot } from "./helpers";

describe("reading the document", () => {
  it.each(SEEDS)("reads %s back as the snapshot it was built from", async (seed) => {
    const snapshot = seedSnapshot(seed);
    const host = hostOn(fakeWith(snapshot));
    expect(await host.readSnapshot()).toEqual(snapshot);
  });

  it("reads styles, outline levels, list and table flags, all-bold lines and the innermost content-control tag", async () => {
    const fake = createFakeOffice({
      content: [
        { text: "KENT COUNTY COUNCIL – RECORD OF DECISION", styleBuiltIn: "Title" },
        { text: "Überschrift", styleBuiltIn: "Heading2", style: "Überschrift 2" },
        { text: "Body", bold: null },
        { text: "Bold line", bold: true },
        { text: "Outline only", outlineLevel: 3 },
        { text: "Item", styleBuiltIn: "ListParagraph", isListItem: true },
        { text: "Cell", tableNestingLevel: 1 },
        { control: { tag: "rod:decision" }, paragraphs: [{ text: "Tagged" }, { control: { tag: "" }, paragraphs: [{ text: "Untagged inner" }] }] },
      ],
    });
    const snapshot = await hostOn(fake).readSnapshot();
    expect(snapshot.blocks).toEqual([
      { text: "KENT COUNTY COUNCIL – RECORD OF DECISION", style: "Title" },
      { text: "Überschrift", style: "Heading2", outlineLevel: 2 },
      { text: "Body", style: "Normal" },
      { text: "Bold line", style: "Normal", bold: true },
      { text: "Outline only", style: "Normal", outlineLevel: 3 },
      { text: "Item", style: "ListParagraph", isListItem: true },
      { text: "Cell", style: "Normal", inTable: true },
      { text: "Tagged", style: "Normal", tag: "rod:decision" },
      { text: "Untagged inner", style: "Normal" },
    ]);
  });

  it.each([
    [10, undefined],
    [undefined, undefined],
    [null, undefined],
    [0, undefined],
    [1, 1],
    [9, 9],
  ])("normalises Word's outline level %p to %p", (level, expected) => {
    expect(normaliseOutlineLevel(level)).toBe(expected);
  });

  it.each([10, 5000])("costs at most two syncs for a full check of %i paragraphs", async (count) => {
    const fake = fakeWith(longSnapshot(count));
    const host = hostOn(fake);
    const snapshot = await host.readSnapshot();
    checkDocument(snapshot);
    expect(snapshot.blocks).toHaveLength(count);
    expect(fake.document.syncCount).toBeLessThanOrEqual(2);
    expect(fake.document.syncCount).toBe(1);
  });
});
