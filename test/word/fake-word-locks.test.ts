import { createFakeOffice, ErrorCodes, type ContentInit } from "../../src/fake-word";

/** Locked content controls in the Word fake: Word refuses what "Contents cannot be edited" / "cannot be deleted" forbid. */

function lockedRecord(locks: { cannotEdit?: boolean; cannotDelete?: boolean }): ContentInit[] {
  return [
    { text: "Record of Decision", styleBuiltIn: "Title" },
    { control: { tag: "rod:key-decision", ...locks }, paragraphs: [{ text: "Key decision:" }] },
    { text: "Reasons" },
  ];
}

async function attempt(Word: typeof globalThis.Word, edit: (context: Word.RequestContext) => void): Promise<unknown> {
  return Word.run(async (context) => {
    edit(context);
    await context.sync();
  }).then(
    () => "done",
    (error: unknown) => error,
  );
}

const inLockedControl = (context: Word.RequestContext) => context.document.body.contentControls.getFirst().paragraphs.getFirst();

describe("locked content controls in the Word fake", () => {
  const accessDenied = expect.objectContaining({ code: ErrorCodes.accessDenied });

  it.each<[string, (context: Word.RequestContext) => void]>([
    ["insertText at the end", (context) => void context.document.body.search("Key decision:").getFirst().insertText(" YES", "End")],
    ["insertText Replace", (context) => void context.document.body.search("Key decision:").getFirst().insertText("Key decision: YES", "Replace")],
    ["a new paragraph inside it", (context) => void context.document.body.contentControls.getFirst().insertParagraph("More", "End")],
    ["the style", (context) => void (context.document.body.contentControls.getFirst().paragraphs.getFirst().styleBuiltIn = "Heading2")],
    ["bold", (context) => void (context.document.body.contentControls.getFirst().paragraphs.getFirst().font.bold = true)],
  ])("refuses %s in a cannotEdit control with AccessDenied, leaving the document as it was", async (_name, edit) => {
    const { Word, document } = createFakeOffice({ content: lockedRecord({ cannotEdit: true }) });
    const before = document.paragraphs();
    expect(await attempt(Word, edit)).toEqual(accessDenied);
    expect(document.paragraphs()).toEqual(before);
  });

  it("still allows a paragraph after the control, outside it, and edits elsewhere", async () => {
    const { Word, document } = createFakeOffice({ content: lockedRecord({ cannotEdit: true }) });
    expect(
      await attempt(Word, (context) => {
        context.document.body.contentControls.getFirst().insertParagraph("Reason: urgent", "After");
        context.document.body.paragraphs.getLast().insertText(":", "End");
      }),
    ).toBe("done");
    expect(document.paragraphs().map((paragraph) => [paragraph.text, paragraph.tags])).toEqual([
      ["Record of Decision", []],
      ["Key decision:", ["rod:key-decision"]],
      ["Reason: urgent", []],
      ["Reasons:", []],
    ]);
  });

  it("lets a cannotDelete control's text be edited but not the control be deleted", async () => {
    const { Word, document } = createFakeOffice({ content: lockedRecord({ cannotDelete: true }) });
    expect(await attempt(Word, (context) => void context.document.body.search("Key decision:").getFirst().insertText(" YES", "End"))).toBe("done");
    expect(await attempt(Word, (context) => inLockedControl(context).delete())).toEqual(accessDenied);
    expect(document.contentControls()).toEqual([expect.objectContaining({ tag: "rod:key-decision", cannotDelete: true })]);
    expect(document.texts()[1]).toBe("Key decision: YES");
  });

  it("reports the locks it was given and lets the add-in unlock a control", async () => {
    const { Word, document } = createFakeOffice({ content: lockedRecord({ cannotEdit: true, cannotDelete: true }) });
    const locks = await Word.run(async (context) => {
      const control = context.document.body.contentControls.getFirst().load("cannotEdit,cannotDelete");
      await context.sync();
      return [control.cannotEdit, control.cannotDelete];
    });
    expect(locks).toEqual([true, true]);
    expect(
      await attempt(Word, (context) => {
        context.document.body.contentControls.getFirst().cannotEdit = false;
        context.document.body.search("Key decision:").getFirst().insertText(" YES", "End");
      }),
    ).toBe("done");
    expect(document.texts()[1]).toBe("Key decision: YES");
  });

  it("lets the user handle lock and unlock a control, and refuses the user's typing while locked", () => {
    const { document } = createFakeOffice({ content: lockedRecord({}) });
    const [control] = document.contentControls();
    document.lockControl(control!.id, { cannotEdit: true });
    expect(document.contentControls()[0]).toEqual(expect.objectContaining({ cannotEdit: true, cannotDelete: true }));
    expect(() => document.typeText(1, " YES")).toThrow(accessDenied);
    document.unlockControl(control!.id);
    document.typeText(1, " YES");
    expect(document.texts()[1]).toBe("Key decision: YES");
  });
});
