import { createFakeOffice } from "../../src/fake-word";

/** Critiques that Word accepts but does not show, and paragraph events that come late. */

describe("critiques in the Word fake", () => {
  async function insertCritique(Word: typeof globalThis.Word): Promise<string[]> {
    return Word.run(async (context) => {
      const ids = context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 0, length: 3, colorScheme: "Red" }] });
      await context.sync();
      return ids.value;
    });
  }

  it("shows a critique it accepted, by default", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "1.3 The date" }] });
    const ids = await insertCritique(Word);
    expect(document.annotations()).toEqual([expect.objectContaining({ id: ids[0], text: "1.3", visible: true })]);
  });

  it("returns ids but shows nothing when critiques are invisible (office-js #6595, #5225, #4317)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "1.3 The date" }], critiquesInvisible: true });
    const ids = await insertCritique(Word);
    expect(ids).toHaveLength(1);
    expect(document.annotations()).toEqual([expect.objectContaining({ id: ids[0], visible: false })]);
    // Word still knows the critique: the add-in can find and delete it by id.
    await Word.run(async (context) => {
      context.document.getAnnotationById(ids[0]!).delete();
      await context.sync();
    });
    expect(document.annotations()).toEqual([]);
  });
});

describe("late paragraph events in the Word fake", () => {
  afterEach(() => jest.useRealTimers());

  it("delivers a paragraph event only after the delay it is given (office-js #5400, #4874)", async () => {
    jest.useFakeTimers();
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }], paragraphEventDelayMs: 2_000 });
    const changed = jest.fn();
    await Word.run(async (context) => {
      context.document.onParagraphChanged.add(changed);
      await context.sync();
    });
    document.typeText(0, " two");
    await jest.advanceTimersByTimeAsync(1_999);
    expect(changed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(changed).toHaveBeenCalledWith(expect.objectContaining({ type: "ParagraphChanged", source: "Local" }));
  });
});
