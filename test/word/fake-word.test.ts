import { createFakeOffice, ErrorCodes } from "../../src/fake-word";

function heading(text: string, level = 2) {
  return { text, styleBuiltIn: `Heading${level}` };
}

describe("the Word fake behaves like Office.js", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and after load but before sync", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }] });
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      expect(() => paragraph.text).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
      paragraph.load("text");
      expect(() => paragraph.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(paragraph.text).toBe("One");
      expect(() => paragraph.styleBuiltIn).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("has collections whose items exist only after a load, with leaf paths through navigation properties", async () => {
    const { Word } = createFakeOffice({
      content: [heading("Decision:"), { control: { tag: "rod:decision" }, paragraphs: [{ text: "I agree.", bold: true }] }],
    });
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      paragraphs.load("items/text,items/styleBuiltIn,items/outlineLevel,items/font/bold,items/parentContentControlOrNullObject/tag");
      await context.sync();
      const [first, second] = paragraphs.items;
      expect([first!.text, first!.styleBuiltIn, first!.outlineLevel]).toEqual(["Decision:", "Heading2", 2]);
      expect(second!.outlineLevel).toBe(10);
      expect(second!.font.bold).toBe(true);
      expect(first!.parentContentControlOrNullObject.isNullObject).toBe(true);
      expect(second!.parentContentControlOrNullObject.isNullObject).toBe(false);
      expect(second!.parentContentControlOrNullObject.tag).toBe("rod:decision");
      expect(() => first!.parentContentControlOrNullObject.tag).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("gives a new unloaded proxy from every method call", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }] });
    await Word.run(async (context) => {
      const loaded = context.document.body.paragraphs.getFirst().load("text");
      await context.sync();
      expect(loaded.text).toBe("One");
      expect(() => context.document.body.paragraphs.getFirst().text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts every sync, and the implicit one at the end of a Word.run that left work queued", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }] });
    await Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.insertParagraph("Two", "End");
    });
    expect(document.syncCount).toBe(2);
    expect(document.texts()).toEqual(["One", "Two"]);
    document.resetSyncCount();
    await Word.run(async () => undefined);
    expect(document.syncCount).toBe(0);
  });

  it("applies queued writes in order on sync, and drops the rest of the batch after a failing action", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }] });
    await expect(
      Word.run(async (context) => {
        const first = context.document.body.paragraphs.getFirst();
        first.insertParagraph("Before", "Before");
        first.insertParagraph("Sideways", "Sideways" as "After");
        first.insertParagraph("Never", "After");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(document.texts()).toEqual(["Before", "One"]);
  });

  it.each([
    ["Before", ["Two", "One", "Three"]],
    ["After", ["One", "Two", "Three"]],
  ] as const)("inserts a paragraph %s another", async (location, expected) => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }, { text: "Three" }] });
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph("Two", location);
      await context.sync();
    });
    expect(document.texts()).toEqual(expected);
  });

  it("inserts inside or beside a content control depending on the location", async () => {
    const { Word, document } = createFakeOffice({
      content: [{ text: "Before" }, { control: { tag: "rod:x" }, paragraphs: [{ text: "Inside" }] }, { text: "After" }],
    });
    await Word.run(async (context) => {
      const control = context.document.body.contentControls.getByTag("rod:x").getFirst();
      control.insertParagraph("start", "Start");
      control.insertParagraph("end", "End");
      control.insertParagraph("before", "Before");
      control.insertParagraph("after", "After");
      context.document.body.insertParagraph("last", "End");
      await context.sync();
    });
    expect(document.paragraphs().map((p) => [p.text, p.tags.join()])).toEqual([
      ["Before", ""],
      ["before", ""],
      ["start", "rod:x"],
      ["Inside", "rod:x"],
      ["end", "rod:x"],
      ["after", ""],
      ["After", ""],
      ["last", ""],
    ]);
  });

  it("copies the anchor paragraph's style into an inserted paragraph unless the caller sets one, as Word does", async () => {
    const { Word, document } = createFakeOffice({ content: [heading("Decision:")] });
    await Word.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      first.insertParagraph("inherits", "After");
      first.insertParagraph("set", "Before").styleBuiltIn = "Normal";
      await context.sync();
    });
    expect(document.paragraphs().map((p) => [p.text, p.styleBuiltIn])).toEqual([
      ["set", "Normal"],
      ["Decision:", "Heading2"],
      ["inherits", "Heading2"],
    ]);
  });

  describe("search", () => {
    async function search(text: string, term: string, options: Word.SearchOptions | { matchCase: boolean } = { matchCase: true }) {
      const { Word } = createFakeOffice({ content: [{ text }] });
      return Word.run(async (context) => {
        const results = context.document.body.paragraphs.getFirst().search(term, options);
        results.load("items/text");
        await context.sync();
        return results.items.map((item) => item.text);
      });
    }

    it.each([
      ["finds every occurrence, case-sensitively", "£1m and £1M and £1m", "£1m", ["£1m", "£1m"]],
      ["matches without case when asked", "Key key KEY", "key", ["key"]],
      ["reads ^^ as a literal caret", "a^b", "a^^b", ["a^b"]],
      ["reads ^# as any digit", "£1m £2m", "£^#m", ["£1m", "£2m"]],
      ["does not overlap matches", "aaaa", "aa", ["aa", "aa"]],
    ])("%s", async (_name, text, term, expected) => {
      expect(await search(text, term)).toEqual(expected);
    });

    it("ignores case only when matchCase is off", async () => {
      expect(await search("Key key KEY", "key", { matchCase: false })).toEqual(["Key", "key", "KEY"]);
    });

    it("rejects search text over 255 characters and an unknown ^ code with InvalidArgument", async () => {
      await expect(search("x", "a".repeat(256))).rejects.toMatchObject({ code: "InvalidArgument" });
      await expect(search("a^b", "a^b")).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(await search("a".repeat(300), "a".repeat(255))).toHaveLength(1);
    });

    it("expands one range to another and selects the result", async () => {
      const { Word, document } = createFakeOffice({ content: [{ text: "from here to there" }] });
      await Word.run(async (context) => {
        const paragraph = context.document.body.paragraphs.getFirst();
        const start = paragraph.search("here").getFirst();
        const end = paragraph.search("there").getFirst();
        start.expandTo(end).select();
        await context.sync();
      });
      expect(document.selection().text).toBe("here to there");
    });
  });

  it("answers *OrNullObject with isNullObject instead of throwing", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }] });
    await Word.run(async (context) => {
      const missing = context.document.body.contentControls.getByTag("rod:none").getFirstOrNullObject();
      missing.load("tag");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    await expect(
      Word.run(async (context) => {
        context.document.body.contentControls.getByTag("rod:none").getFirst().load("tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("fails an API newer than the host's requirement sets with ApiNotFound at sync", async () => {
    const { Word, Office } = createFakeOffice({ content: [{ text: "One" }], supportedSets: { WordApi: "1.3" } });
    expect(Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    await expect(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange().insertComment("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("fails annotations with GeneralException when configured like a perpetual licence", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }], annotationsFail: true });
    await expect(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertAnnotations({ critiques: [{ start: 0, length: 3, colorScheme: "Red" }] });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("fires paragraph events asynchronously, for add-in edits and for the user's typing", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }] });
    const seen: string[] = [];
    const context = new Word.RequestContext();
    context.document.onParagraphChanged.add(async (event) => void seen.push(`${event.type}:${event.source}:${event.uniqueLocalIds.length}`));
    context.document.onParagraphAdded.add(async (event) => void seen.push(`${event.type}:${event.source}`));
    await context.sync();
    document.typeText(0, " more");
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["ParagraphChanged:Local:1"]);
    await Word.run(async (batch) => {
      batch.document.body.insertParagraph("Two", "End");
    });
    document.setParagraphText(0, "Co-author", { source: "Remote" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(["ParagraphChanged:Local:1", "ParagraphAdded:Local", "ParagraphChanged:Remote:1"]);
  });

  it("keeps settings in memory until saveAsync writes them into the document", async () => {
    const { Office, document } = createFakeOffice({ settings: { "rod.profile": "kent" } });
    const settings = Office.context.document.settings;
    expect(settings.get("rod.profile")).toBe("kent");
    expect(settings.get("missing")).toBeNull();
    settings.set("rod.profile", "moderngov");
    expect(document.savedSettings()).toEqual({ "rod.profile": "kent" });
    const status = await new Promise((resolve) => settings.saveAsync((result) => resolve(result.status)));
    expect(status).toBe("succeeded");
    expect(document.savedSettings()).toEqual({ "rod.profile": "moderngov" });
  });

  it("notifies subscribers once per sync that changed the document", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }] });
    const listener = jest.fn();
    document.subscribe(listener);
    await Word.run(async (context) => {
      context.document.body.paragraphs.load("items/text");
      await context.sync();
      context.document.body.insertParagraph("Two", "End");
      context.document.body.insertParagraph("Three", "End");
      await context.sync();
    });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("lets a view act as the user: split a paragraph, restyle it, type over a span", () => {
    const { document } = createFakeOffice({ content: [{ control: { tag: "rod:decision" }, paragraphs: [{ text: "Key decision: NO" }] }] });
    document.splitParagraph(0, 13);
    document.setParagraphStyle(0, "Heading2");
    document.typeText(1, "YES", { replace: { start: 1, length: 2 } });
    expect(document.paragraphs().map((p) => [p.text, p.styleBuiltIn, p.outlineLevel, p.tags.join()])).toEqual([
      ["Key decision:", "Heading2", 2, "rod:decision"],
      [" YES", "Normal", 10, "rod:decision"],
    ]);
    expect(document.selection()).toMatchObject({ start: { paragraph: 1, offset: 4 }, text: "" });
  });
});
