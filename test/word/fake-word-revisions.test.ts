import { createFakeOffice } from "../../src/fake-word";

/** Tracked changes in the Word fake, as Word shows them inline by default. */

async function firstParagraph(Word: typeof globalThis.Word) {
  return Word.run(async (context) => {
    const paragraph = context.document.body.paragraphs.getFirst().load("text");
    const current = paragraph.getReviewedText("Current");
    const original = paragraph.getReviewedText("Original");
    await context.sync();
    return { text: paragraph.text, current: current.value, original: original.value };
  });
}

async function searchCount(Word: typeof globalThis.Word, text: string): Promise<number> {
  return Word.run(async (context) => {
    const found = context.document.body.search(text, { matchCase: true }).load("items");
    await context.sync();
    return found.items.length;
  });
}

describe("tracked changes in the Word fake", () => {
  it("keeps a reviewer's tracked deletion in text, before the insertion (office-js #2314, #1267)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Decided on 4th February 2020." }] });
    document.trackedReplace(0, 24, 4, "2021", { author: "Legal" });
    expect(await firstParagraph(Word)).toEqual({
      text: "Decided on 4th February 20202021.",
      current: "Decided on 4th February 2021.",
      original: "Decided on 4th February 2020.",
    });
    expect(document.paragraphs()[0]!.reviewedText).toBe("Decided on 4th February 2021.");
  });

  it("leaves deleted text out of text when revisions show in balloons (office-js #2314)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Decided on 4th February 2020." }], revisionsInline: false });
    document.trackedReplace(0, 24, 4, "2021");
    expect((await firstParagraph(Word)).text).toBe("Decided on 4th February 2021.");
    expect(await searchCount(Word, "February 2021")).toBe(1);
  });

  it("finds nothing across the edge of a deleted revision shown inline (office-js #5874, #4170)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Decided on 4th February 2020." }] });
    document.trackedReplace(0, 24, 4, "2021");
    expect(await searchCount(Word, "February 2021")).toBe(0);
    expect(await searchCount(Word, "February 2020")).toBe(0);
    expect(await searchCount(Word, "4th February")).toBe(1);
    expect(await searchCount(Word, "2020")).toBe(1);
    expect(await searchCount(Word, "2021.")).toBe(1);
  });

  it("lists tracked changes with type, text, author, and accepts or rejects them (WordApi 1.6)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Decided on 4th February 2020." }] });
    document.trackedReplace(0, 24, 4, "2021", { author: "Legal" });
    const listed = await Word.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load("items/type,items/text,items/author");
      await context.sync();
      return changes.items.map((change) => [change.type, change.text, change.author]);
    });
    expect(listed).toEqual([
      ["Deleted", "2020", "Legal"],
      ["Added", "2021", "Legal"],
    ]);
    await Word.run(async (context) => {
      const changes = context.document.body.getTrackedChanges().load("items");
      await context.sync();
      changes.items[0]!.accept();
      changes.items[1]!.reject();
      await context.sync();
    });
    expect(document.texts()).toEqual(["Decided on 4th February ."]);
    expect(document.revisions()).toEqual([]);
  });

  it("gives a tracked change's range, and accepts all at once", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Spend £10,000 now." }] });
    document.trackedReplace(0, 7, 6, "12,000");
    const text = await Word.run(async (context) => {
      const range = context.document.body.getTrackedChanges().getFirst().getRange().load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toBe("10,000");
    await Word.run(async (context) => {
      context.document.body.getTrackedChanges().acceptAll();
      await context.sync();
    });
    expect(document.texts()).toEqual(["Spend £12,000 now."]);
  });

  it("makes the add-in's own Replace a deletion plus an insertion while Track Changes is on", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Key decision:" }] });
    await Word.run(async (context) => {
      context.document.changeTrackingMode = "TrackAll";
      context.document.body.paragraphs.getFirst().insertText("Key decision: YES", "Replace");
      await context.sync();
    });
    // The next plain read gives both: what a checker reading `text` alone would see.
    expect(await firstParagraph(Word)).toEqual({
      text: "Key decision:Key decision: YES",
      current: "Key decision: YES",
      original: "Key decision:",
    });
    expect(document.revisions().map((revision) => [revision.type, revision.text, revision.author])).toEqual([
      ["Deleted", "Key decision:", "Council Officer"],
      ["Added", "Key decision: YES", "Council Officer"],
    ]);
  });

  it("makes the add-in's insertions, at the end of a paragraph or as new paragraphs, tracked insertions", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Key decision:" }] });
    document.changeTrackingMode = "TrackAll";
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      paragraph.insertText(" YES", "End");
      paragraph.insertParagraph("Reason: urgent", "After");
      await context.sync();
    });
    expect(document.paragraphs().map((paragraph) => [paragraph.text, paragraph.revision])).toEqual([
      ["Key decision: YES", undefined],
      ["Reason: urgent", "inserted"],
    ]);
    expect(document.revisions().map((revision) => [revision.type, revision.text])).toEqual([
      ["Added", " YES"],
      ["Added", "Reason: urgent"],
    ]);
  });

  it("keeps a paragraph the add-in deletes with Track Changes on, as a tracked deletion", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Keep" }, { text: "Drop me" }] });
    document.changeTrackingMode = "TrackAll";
    await Word.run(async (context) => {
      context.document.body.paragraphs.getLast().delete();
      await context.sync();
    });
    expect(document.paragraphs().map((paragraph) => [paragraph.text, paragraph.revision])).toEqual([
      ["Keep", undefined],
      ["Drop me", "deleted"],
    ]);
    const current = await Word.run(async (context) => {
      const text = context.document.body.getReviewedText("Current");
      await context.sync();
      return text.value;
    });
    expect(current).toBe("Keep");
    document.acceptAll();
    expect(document.texts()).toEqual(["Keep"]);
  });

  it("removes, rather than marks, a tracked insertion that is deleted again", () => {
    const { document } = createFakeOffice({ content: [{ text: "Date: 2020" }] });
    document.trackedInsert(0, 10, " (approx)");
    document.trackedDelete(0, 10, 9);
    expect(document.texts()).toEqual(["Date: 2020"]);
    expect(document.revisions()).toEqual([]);
  });

  it("opens content with revisions already in it, and draws them as segments", () => {
    const { document } = createFakeOffice({
      content: [{ text: "On 4 May 20202021.", revisions: [{ start: 9, length: 4, type: "Deleted" }, { start: 13, length: 4, type: "Added" }] }],
    });
    const [paragraph] = document.paragraphs();
    expect(paragraph!.reviewedText).toBe("On 4 May 2021.");
    expect(paragraph!.segments.map((segment) => [segment.kind, segment.text])).toEqual([
      ["text", "On 4 May "],
      ["deleted", "2020"],
      ["inserted", "2021"],
      ["text", "."],
    ]);
  });

  it("places critiques by offsets that skip tracked deletions (office-js #5672)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "On 4 May 2020 2021." }] });
    document.trackedDelete(0, 9, 5);
    await Word.run(async (context) => {
      // "2021" starts at 9 in the text as accepted ("On 4 May 2021.").
      context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 9, length: 4, colorScheme: "Red" }] });
      await context.sync();
    });
    expect(document.annotations().map((annotation) => annotation.text)).toEqual(["2021"]);
  });
});

describe("typing with Track Changes on in the Word fake", () => {
  it("keeps one insertion while the same author types on, as Word does", () => {
    const { document } = createFakeOffice({ content: [{ text: "Sue Chandler, Cabinet member" }] });
    document.changeTrackingMode = "TrackAll";
    document.typeText(0, "J", { replace: { start: 0, length: 12 } });
    for (const letter of "o Bloggs") document.typeText(0, letter, { at: document.selection().end.offset });
    expect(document.revisions().map((revision) => [revision.type, revision.text])).toEqual([
      ["Deleted", "Sue Chandler"],
      ["Added", "Jo Bloggs"],
    ]);
    expect(document.paragraphs()[0]!.reviewedText).toBe("Jo Bloggs, Cabinet member");
  });
});
