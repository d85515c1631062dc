import { act, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { renderChecked, renderReady } from "./support/render-pane";

/** The background colour the pane's FluentProvider actually writes into the page's styles. */
function paneBackground(): string {
  const provider = screen.getByRole("main").closest<HTMLElement>(".fui-FluentProvider");
  if (!provider) throw new Error("The pane is not inside a FluentProvider.");
  for (const style of document.querySelectorAll("style")) {
    if (!style.id || !provider.classList.contains(style.id)) continue;
    const rule = style.sheet?.cssRules[0] as CSSStyleRule | undefined;
    return rule?.style.getPropertyValue("--colorNeutralBackground1").trim() ?? "";
  }
  throw new Error("The FluentProvider wrote no theme.");
}

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
