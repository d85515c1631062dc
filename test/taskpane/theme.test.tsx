import { act } from "@testing-library/react";
import { axe } from "jest-axe";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { paneBackground, renderChecked, renderReady } from "./support/render-pane";

describe("Office theme", () => {
  it("uses the dark theme when Office is dark, and has no accessibility violations", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));
    host.dark = true;
    const { container } = await renderChecked(host);
    expect(paneBackground()).toBe(webDarkTheme.colorNeutralBackground1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("uses the light theme when Office is light", async () => {
    await renderReady(new FakeDocumentHost());
    expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1);
  });

  it("follows a theme change when the pane regains focus, as Word has no theme event", async () => {
    const host = new FakeDocumentHost();
    await renderReady(host);
    host.dark = true;
    expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1);
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(paneBackground()).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("keeps the light theme when the theme cannot be read", async () => {
    const host = new FakeDocumentHost();
    host.failures.set("theme", "officeTheme is not available");
    await renderReady(host);
    expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1);
  });
});
