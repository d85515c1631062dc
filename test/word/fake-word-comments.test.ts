import { createFakeOffice, ErrorCodes } from "../../src/fake-word";

/** Comments in the Word fake: anchors in the text, as Word puts them there (office-js #2114, #2258). */

const A = "\u0005";

async function paragraphTexts(Word: typeof globalThis.Word): Promise<string[]> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items.map((paragraph) => paragraph.text);
  });
}

describe("comment anchors in the Word fake", () => {
  it("puts a \\x05 right after the commented span in Paragraph.text, Range.text and Body.text", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Key decision: YES" }, { text: "1.3 The date" }] });
    document.addComment(0, 0, 13, "Is this right?");
    expect(await paragraphTexts(Word)).toEqual([`Key decision:${A} YES`, "1.3 The date"]);
    await Word.run(async (context) => {
      const body = context.document.body.load("text");
      const range = context.document.body.paragraphs.getFirst().getRange("Whole").load("text");
      await context.sync();
      expect(range.text).toBe(`Key decision:${A} YES`);
      expect(body.text).toBe(`Key decision:${A} YES\r1.3 The date`);
    });
  });

  it("gives the comment's own range without the anchor, and lists the comment on its paragraph", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "1.3 The date" }] });
    document.addComment(0, 0, 3, "Numbering?", { authorName: "Legal" });
    await Word.run(async (context) => {
      const comments = context.document.body.paragraphs.getFirst().getComments().load("items/content,items/authorName");
      await context.sync();
      expect(comments.items.map((comment) => [comment.content, comment.authorName])).toEqual([["Numbering?", "Legal"]]);
      const range = comments.items[0]!.getRange().load("text");
      await context.sync();
      expect(range.text).toBe("1.3");
    });
    expect(document.comments()).toEqual([
      expect.objectContaining({ text: "1.3", start: { paragraph: 0, offset: 0 }, anchor: { paragraph: 0, offset: 3 } }),
    ]);
  });

  it("puts the add-in's own comment anchors into the text too", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "Decision: agreed" }] });
    await Word.run(async (context) => {
      const found = context.document.body.search("Decision:").getFirst();
      found.insertComment("Say which option");
      await context.sync();
    });
    expect(await paragraphTexts(Word)).toEqual([`Decision:${A} agreed`]);
  });

  it("keeps the anchor in place when text is typed before the span, and extends the span when typed at its end", () => {
    const { document } = createFakeOffice({ content: [{ text: "Date 4 May" }] });
    document.addComment(0, 5, 5, "Which year?");
    document.typeText(0, "On ", { at: 0 });
    document.typeText(0, " 2021", { at: 13 });
    expect(document.texts()).toEqual([`On Date 4 May 2021${A}`]);
    expect(document.comments()[0]).toEqual(expect.objectContaining({ text: "4 May 2021" }));
  });

  it("takes comments from the content it opens, anchors added after each span", () => {
    const { document } = createFakeOffice({
      content: [{ text: "1.3 Key decision: YES", comments: [{ start: 0, length: 3, content: "a" }, { start: 4, length: 13, content: "b" }] }],
    });
    expect(document.texts()).toEqual([`1.3${A} Key decision:${A} YES`]);
    expect(document.comments().map((comment) => [comment.content, comment.text])).toEqual([
      ["a", "1.3"],
      ["b", "Key decision:"],
    ]);
  });

  it("deletes a comment when text holding its anchor is replaced without Track Changes (office-js #2574)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Key decision: YES" }] });
    document.addComment(0, 0, 13, "Check");
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertText("Key decision: NO", "Replace");
      await context.sync();
    });
    expect(document.comments()).toEqual([]);
    expect(document.texts()).toEqual(["Key decision: NO"]);
  });

  it("removes the anchor when a comment is deleted", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Key decision: YES" }] });
    document.addComment(0, 0, 13, "Check");
    await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items");
      await context.sync();
      comments.items[0]!.delete();
      await context.sync();
    });
    expect(document.texts()).toEqual(["Key decision: YES"]);
  });

  it("refuses to delete a comment marked so, with GeneralException, and leaves the others deletable (office-js #6551, #6895)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One two three" }] });
    document.addComment(0, 0, 3, "first");
    const stubborn = document.addComment(0, 4, 3, "second");
    document.setCommentRefusesDeletion(stubborn, true);
    const outcome = await Word.run(async (context) => {
      const comments = context.document.body.getComments().load("items/content");
      await context.sync();
      const results: string[] = [];
      for (const comment of comments.items) {
        comment.delete();
        results.push(await context.sync().then(() => "deleted", (error: { code: string }) => error.code));
      }
      return results;
    });
    expect(outcome).toEqual(["deleted", ErrorCodes.generalException]);
    expect(document.comments().map((comment) => comment.content)).toEqual(["second"]);
    expect(document.comments()[0]!.refusesDeletion).toBe(true);
  });

  it("refuses insertComment with NotAllowed when told to (office-js #6746), changing nothing", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "Decision: agreed" }], insertCommentFails: true });
    const error = await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange("Whole").insertComment("Note");
      await context.sync();
    }).catch((caught: unknown) => caught);
    expect(error).toEqual(expect.objectContaining({ code: ErrorCodes.notAllowed }));
    expect(document.texts()).toEqual(["Decision: agreed"]);
    expect(document.comments()).toEqual([]);
  });

  it("shows the anchor as its own segment for the document view", () => {
    const { document } = createFakeOffice({ content: [{ text: "Key decision: YES" }] });
    const id = document.addComment(0, 0, 13, "Check");
    expect(document.paragraphs()[0]!.segments).toEqual([
      { text: "Key decision:", kind: "text" },
      { text: A, kind: "anchor", commentId: id },
      { text: " YES", kind: "text" },
    ]);
  });
});
