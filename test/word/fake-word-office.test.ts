import { createFakeOffice, DARK_THEME } from "../../src/fake-word";

/** The Office side of the Word fake: start-up, runtimes and their settings, theme. */

function saveAsync(settings: Office.Settings): Promise<string> {
  return new Promise((resolve) => settings.saveAsync((result) => resolve(String(result.status))));
}

function refreshAsync(settings: Office.Settings): Promise<string> {
  return new Promise((resolve) => settings.refreshAsync((result) => resolve(String(result.status))));
}

describe("Office.onReady in the Word fake", () => {
  afterEach(() => jest.useRealTimers());

  it("settles only after the delay it is given, as on a slow network or virtual desktop (office-js #3330)", async () => {
    jest.useFakeTimers();
    const { Office } = createFakeOffice({ ready: { afterMs: 15_000 } });
    const settled = jest.fn();
    void Office.onReady().then(settled);
    await jest.advanceTimersByTimeAsync(14_999);
    expect(settled).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalledWith({ host: "Word", platform: "PC" });
  });
});

describe("runtimes and their settings in the Word fake", () => {
  it("gives each runtime its own copy of the settings, read from the document when it starts", async () => {
    const fake = createFakeOffice({ settings: { "rod.profile": "kent" } });
    const ribbon = fake.openRuntime();
    fake.Office.context.document.settings.set("rod.profile", "moderngov");
    expect(ribbon.Office.context.document.settings.get("rod.profile")).toBe("kent");
    await saveAsync(fake.Office.context.document.settings);
    // Saved in the document, but the ribbon's copy is the one it read at start.
    expect(ribbon.Office.context.document.settings.get("rod.profile")).toBe("kent");
    expect(await refreshAsync(ribbon.Office.context.document.settings)).toBe("succeeded");
    expect(ribbon.Office.context.document.settings.get("rod.profile")).toBe("moderngov");
  });

  it("reads the settings saved so far when a runtime opens later", async () => {
    const fake = createFakeOffice();
    fake.Office.context.document.settings.set("rod.profile", "moderngov");
    await saveAsync(fake.Office.context.document.settings);
    expect(fake.openRuntime().Office.context.document.settings.get("rod.profile")).toBe("moderngov");
  });

  it("drops unsaved edits on refreshAsync, as re-reading the document does", async () => {
    const fake = createFakeOffice({ settings: { "rod.profile": "kent" } });
    const settings = fake.Office.context.document.settings;
    settings.set("rod.profile", "moderngov");
    await refreshAsync(settings);
    expect(settings.get("rod.profile")).toBe("kent");
  });

  it("runs Word batches from any runtime against the one document", async () => {
    const fake = createFakeOffice({ content: [{ text: "One" }] });
    await fake.openRuntime().Word.run(async (context) => {
      context.document.body.insertParagraph("Two", "End");
      await context.sync();
    });
    expect(fake.document.texts()).toEqual(["One", "Two"]);
  });
});

describe("the Office theme in the Word fake", () => {
  it("reports the theme on Windows, the default platform", () => {
    const { Office } = createFakeOffice({ theme: DARK_THEME });
    expect(Office.context.officeTheme.isDarkTheme).toBe(true);
  });

  it("has no theme in Word on the web, whatever the theme (office-js #3732, #3410)", () => {
    const { Office } = createFakeOffice({ platform: "OfficeOnline", theme: DARK_THEME });
    expect(Office.context.officeTheme).toBeUndefined();
  });
});

describe("members of Word objects in the Word fake", () => {
  it("throws ApiNotFound as soon as a member above the supported sets is touched, before any sync", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }], supportedSets: { WordApi: "1.3" } });
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      expect(() => paragraph.getComments()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => paragraph.getTrackedChanges()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => context.document.onParagraphChanged).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => (context.document.changeTrackingMode = "TrackAll")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => paragraph.getRange("Whole")).not.toThrow();
    });
  });

  it("fails a load of a property above the supported sets at sync", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }], supportedSets: { WordApi: "1.5" } });
    const error = await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().load("uniqueLocalId");
      await context.sync();
    }).catch((caught: unknown) => caught);
    expect(error).toEqual(expect.objectContaining({ code: "ApiNotFound" }));
  });

  it("throws NotImplemented for a member Word has but the fake does not model, rather than reading undefined", async () => {
    const { Word } = createFakeOffice({ content: [{ text: "One" }] });
    await Word.run(async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst();
      expect(() => paragraph.alignment).toThrow(expect.objectContaining({ code: "NotImplemented" }));
      expect(() => paragraph.getNext()).toThrow(expect.objectContaining({ code: "NotImplemented" }));
      expect(() => (paragraph.lineSpacing = 12)).toThrow(expect.objectContaining({ code: "NotImplemented" }));
      // A name Word does not have is plain JavaScript: undefined.
      expect((paragraph as unknown as Record<string, unknown>).noSuchMember).toBeUndefined();
    });
  });
});

describe("members of Office objects in the Word fake", () => {
  it("throws NotImplemented for a member Office has but the fake does not model", () => {
    const { Office } = createFakeOffice();
    expect(() => Office.context.displayLanguage).toThrow(expect.objectContaining({ code: "NotImplemented" }));
    expect(() => Office.context.document.url).toThrow(expect.objectContaining({ code: "NotImplemented" }));
    expect(() => Office.context.document.settings.addHandlerAsync).toThrow(expect.objectContaining({ code: "NotImplemented" }));
    expect(Office.context.document.settings.get("missing")).toBeNull();
  });
});

describe("finding a paragraph by its unique local id in the Word fake", () => {
  it("gives the paragraph in one round trip, and ItemNotFound for an id no paragraph has (WordApi 1.6)", async () => {
    const { Word, document } = createFakeOffice({ content: [{ text: "One" }, { text: "Two" }] });
    const id = document.paragraphs()[1]!.id;
    document.resetSyncCount();
    const text = await Word.run(async (context) => {
      const paragraph = context.document.getParagraphByUniqueLocalId(id).load("text");
      await context.sync();
      return paragraph.text;
    });
    expect([text, document.syncCount]).toEqual(["Two", 1]);
    const error = await Word.run(async (context) => {
      context.document.getParagraphByUniqueLocalId("00000000-0000-4000-8000-ffffffffffff").load("text");
      await context.sync();
    }).catch((caught: unknown) => caught);
    expect(error).toEqual(expect.objectContaining({ code: "ItemNotFound" }));
  });
});
