import { cleanup, screen, waitFor } from "@testing-library/react";
import { builtInProfiles, checkDocument } from "../../src/core";
import type { Checker } from "../../src/core/checker";
import { PROFILE_SETTING_KEY, type ProfileSource } from "../../src/taskpane/profiles";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { renderChecked, renderReady, type PaneOptions } from "./support/render-pane";

function picker(): HTMLSelectElement {
  return screen.getByRole("combobox", { name: "Council profile" });
}

/** The pane with its settings area open. */
async function renderSettings(host: FakeDocumentHost = new FakeDocumentHost(), options: PaneOptions = {}) {
  const rendered = await renderChecked(host, options);
  await rendered.user.click(screen.getByRole("button", { name: "Settings" }));
  // The settings area loads when first opened.
  await screen.findByRole("combobox", { name: "Council profile" });
  return rendered;
}

describe("council profile, in the settings area", () => {
  it("is out of the way until Settings is opened", async () => {
    const { user } = await renderChecked();
    const settings = screen.getByRole("button", { name: "Settings" });
    expect(settings).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("combobox", { name: "Council profile" })).not.toBeInTheDocument();
    await user.click(settings);
    expect(settings).toHaveAttribute("aria-expanded", "true");
    expect(await screen.findByRole("region", { name: "Settings" })).toContainElement(picker());
  });

  it("offers the built-in profiles by their full names, Kent first by default", async () => {
    await renderSettings();
    expect([...picker().options].map((option) => option.textContent)).toEqual([builtInProfiles.kent.name, builtInProfiles.moderngov.name, builtInProfiles.wales.name]);
    expect(picker().value).toBe("kent");
  });

  it("asks before checking a checked record against another council, and Keep changes nothing", async () => {
    const profiles: string[] = [];
    const checker: Checker = async (snapshot, profile) => (profiles.push(profile.id), checkDocument(snapshot, profile));
    const { user, host } = await renderSettings(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")), { checker });
    await user.selectOptions(picker(), "moderngov");
    expect(screen.getByText(`Check this record against ${builtInProfiles.moderngov.name} instead of Kent County Council? The findings will change.`)).toBeInTheDocument();
    expect(profiles).toEqual(["kent"]);

    await user.click(screen.getByRole("button", { name: "Keep Kent County Council" }));
    expect(picker().value).toBe("kent");
    expect(picker()).toHaveFocus();
    expect(host.calls.setSetting).toEqual([]);

    await user.selectOptions(picker(), "moderngov");
    await user.click(screen.getByRole("button", { name: `Check against ${builtInProfiles.moderngov.name}` }));
    await waitFor(() => expect(profiles).toEqual(["kent", "moderngov"]));
    expect(picker()).toHaveFocus();
  });

  it("remembers the choice in the document's settings and restores it next time", async () => {
    const host = new FakeDocumentHost();
    const { user } = await renderSettings(host);
    await user.selectOptions(picker(), "moderngov");
    await user.click(screen.getByRole("button", { name: /^Check against/ }));
    await waitFor(() => expect(host.calls.setSetting).toEqual([[PROFILE_SETTING_KEY, "moderngov"]]));

    cleanup();
    await renderSettings(host);
    await waitFor(() => expect(picker().value).toBe("moderngov"));
  });

  it("falls back to the default and says why when the document names a profile that is not available", async () => {
    const host = new FakeDocumentHost();
    host.settings.set(PROFILE_SETTING_KEY, "surrey");
    await renderSettings(host);
    expect(picker().value).toBe("kent");
    expect(screen.getByText(/set up for the profile "surrey", which is not available here, so Kent County Council is used/)).toBeInTheDocument();
  });

  it("shows a profile source's problem and lists what it offers", async () => {
    const source: ProfileSource = async () => ({
      profiles: [builtInProfiles.moderngov, builtInProfiles.kent],
      defaultId: "moderngov",
      problem: "The council profile at profile.json was not used: keyDecision.threshold must be more than 0.",
    });
    await renderSettings(new FakeDocumentHost(), { profileSource: source });
    expect(picker().value).toBe("moderngov");
    expect(screen.getByText(/keyDecision\.threshold must be more than 0/)).toBeInTheDocument();
  });

  it("uses the built-in profiles when the profile source fails", async () => {
    const source: ProfileSource = () => Promise.reject(new Error("network unreachable"));
    await renderSettings(new FakeDocumentHost(), { profileSource: source });
    expect(picker().value).toBe("kent");
    expect(screen.getByText(/could not be loaded, so the built-in ones are used: network unreachable/)).toBeInTheDocument();
  });

  it("keeps working when the choice cannot be saved", async () => {
    const host = new FakeDocumentHost();
    host.failures.set("setSetting", "Settings are read-only");
    const { user } = await renderSettings(host);
    await user.selectOptions(picker(), "moderngov");
    await user.click(screen.getByRole("button", { name: /^Check against/ }));
    expect(await screen.findByText(/used now but could not be saved in the document: Settings are read-only/)).toBeInTheDocument();
    expect(picker().value).toBe("moderngov");
  });

  it("switches at once before anything is checked", async () => {
    const host = new FakeDocumentHost();
    host.failures.set("readSnapshot", "busy");
    const { user } = await renderReady(host);
    await screen.findByText(/busy/);
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Council profile" }), "moderngov");
    expect(screen.queryByRole("button", { name: /^Check against/ })).not.toBeInTheDocument();
    await waitFor(() => expect(picker().value).toBe("moderngov"));
  });
});
