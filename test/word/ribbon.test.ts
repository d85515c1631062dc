import { buildTemplate, builtInProfiles, defaultProfile } from "../../src/core";
import { INSERT_TEMPLATE_ACTION, insertRodTemplate, registerRibbonCommands } from "../../src/word/ribbon";
import { createFakeOffice, type FakeOfficeOptions } from "../../src/fake-word";

function ribbon(options: FakeOfficeOptions = {}) {
  const fake = createFakeOffice(options);
  registerRibbonCommands({ Word: fake.Word, Office: fake.Office });
  const completed = jest.fn();
  const press = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const action = fake.document.actions.get(INSERT_TEMPLATE_ACTION);
    if (!action) throw new Error("The ribbon action was not registered.");
    await action({ completed });
  };
  return { fake, completed, press };
}

describe("the Insert ROD template ribbon button", () => {
  it("inserts the Kent template into an empty document when no profile is remembered, and completes", async () => {
    const { fake, completed, press } = ribbon();
    await press();
    expect(fake.document.texts()[0]).toBe(defaultProfile.documentTitle);
    expect(fake.document.contentControls()).toHaveLength(defaultProfile.sections.length);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("uses the profile remembered in the document", async () => {
    const profile = builtInProfiles.moderngov!;
    const { fake, press } = ribbon({ settings: { "rod.profile": profile.id } });
    await press();
    expect(fake.document.texts()[0]).toBe(profile.documentTitle);
    const headings = fake.document.paragraphs().filter((paragraph) => paragraph.styleBuiltIn.startsWith("Heading"));
    expect(headings.map((paragraph) => paragraph.text)).toEqual(buildTemplate(profile).sections.map((section) => section.heading));
  });

  it("uses the profile the pane chose after the ribbon's runtime started, as saved in the document", async () => {
    const pane = createFakeOffice();
    const functionFile = pane.openRuntime();
    registerRibbonCommands(functionFile);
    const profile = builtInProfiles.moderngov!;
    const settings = pane.Office.context.document.settings;
    settings.set("rod.profile", profile.id);
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(functionFile.Office.context.document.settings.get("rod.profile")).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const completed = jest.fn();
    await pane.document.actions.get(INSERT_TEMPLATE_ACTION)!({ completed });
    expect(pane.document.texts()[0]).toBe(profile.documentTitle);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it.each(["atlantis", "toString", "constructor", "__proto__"])("falls back to Kent for a profile it does not know (%s)", async (id) => {
    const { fake, press } = ribbon({ settings: { "rod.profile": id } });
    await press();
    expect(fake.document.texts()[0]).toBe(defaultProfile.documentTitle);
  });

  it("adds nothing to a complete record", async () => {
    const { fake, press } = ribbon();
    await press();
    const texts = fake.document.texts();
    await press();
    expect(fake.document.texts()).toEqual(texts);
  });

  it("always completes, even when Word fails", async () => {
    const fake = createFakeOffice({ supportedSets: { WordApi: "1.3" } });
    const completed = jest.fn();
    const failingWord = { ...fake.Word, run: () => Promise.reject(new Error("Word is busy")) } as unknown as typeof Word;
    await insertRodTemplate({ completed } as unknown as Office.AddinCommands.Event, { Word: failingWord, Office: fake.Office });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("registers with the globals and finds Word when the button is pressed", async () => {
    const fake = createFakeOffice();
    const scope = globalThis as { Word?: unknown; Office?: unknown };
    scope.Office = fake.Office;
    try {
      registerRibbonCommands();
      await new Promise((resolve) => setTimeout(resolve, 0));
      scope.Word = fake.Word;
      const completed = jest.fn();
      await fake.document.actions.get(INSERT_TEMPLATE_ACTION)!({ completed });
      expect(fake.document.texts()[0]).toBe(defaultProfile.documentTitle);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete scope.Word;
      delete scope.Office;
    }
  });

  it("completes without touching a document outside Office", async () => {
    const completed = jest.fn();
    await insertRodTemplate({ completed } as unknown as Office.AddinCommands.Event, undefined);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
