import { createFakeOffice, DARK_THEME, LIGHT_THEME } from "../../src/fake-word";
import { hostOn } from "./helpers";

describe("document settings", () => {
  it("round-trips a setting and saves it into the document", async () => {
    const fake = createFakeOffice();
    const host = hostOn(fake);
    expect(await host.getSetting("rod.profile")).toBeUndefined();
    await host.setSetting("rod.profile", "moderngov");
    expect(await host.getSetting("rod.profile")).toBe("moderngov");
    expect(fake.document.savedSettings()).toEqual({ "rod.profile": "moderngov" });
    expect(await hostOn(createFakeOffice({ settings: fake.document.savedSettings() })).getSetting("rod.profile")).toBe("moderngov");
  });

  it("treats a setting that is not text as absent", async () => {
    const host = hostOn(createFakeOffice({ settings: { "rod.profile": 42 } }));
    expect(await host.getSetting("rod.profile")).toBeUndefined();
  });

  it("rejects with Word's reason when the document cannot save", async () => {
    const host = hostOn(createFakeOffice({ settingsSaveFails: true }));
    await expect(host.setSetting("rod.profile", "kent")).rejects.toThrow("Word could not save the setting in the document: The document is read-only.");
  });
});

describe("Office theme", () => {
  it.each([
    ["light", LIGHT_THEME, { isDark: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" }],
    ["dark", DARK_THEME, { isDark: true, bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" }],
  ])("follows a %s theme", (_name, theme, expected) => {
    expect(hostOn(createFakeOffice({ theme })).theme()).toEqual(expected);
  });

  it("judges darkness by the background where Word gives no isDarkTheme", () => {
    const theme = { ...DARK_THEME, isDarkTheme: undefined as unknown as boolean };
    expect(hostOn(createFakeOffice({ theme })).theme()?.isDark).toBe(true);
  });

  it("has no theme where Word reports none, and re-reads it each time (Word has no theme event)", () => {
    const fake = createFakeOffice({ theme: null });
    const host = hostOn(fake);
    expect(host.theme()).toBeUndefined();
    fake.document.theme = DARK_THEME;
    expect(host.theme()?.isDark).toBe(true);
  });
});

describe("capabilities", () => {
  it.each([
    ["1.3", { comments: false, annotations: false, paragraphEvents: false, changeTracking: false }],
    ["1.4", { comments: true, annotations: false, paragraphEvents: false, changeTracking: true }],
    ["1.6", { comments: true, annotations: false, paragraphEvents: true, changeTracking: true }],
    ["1.7", { comments: true, annotations: true, paragraphEvents: true, changeTracking: true }],
  ])("on WordApi %s are %p", (version, expected) => {
    expect(hostOn(createFakeOffice({ supportedSets: { WordApi: version } })).capabilities).toEqual(expected);
  });
});
