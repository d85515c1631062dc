import { cleanup, screen, waitFor } from "@testing-library/react";
import { builtInProfiles, checkDocument } from "../../src/core";
import type { Checker } from "../../src/taskpane/checker";
import { PROFILE_SETTING_KEY, type ProfileSource } from "../../src/taskpane/profiles";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checkDocumentNow, renderReady } from "./support/render-pane";

function picker(): HTMLSelectElement {
  return screen.getByRole("combobox", { name: "Council profile" });
}

describe("council profile picker", () => {
  it("offers the built-in profiles, Kent first by default", async () => {
    await renderReady();
    expect([...picker().options].map((option) => option.textContent)).toEqual([builtInProfiles.kent.name, builtInProfiles.moderngov.name, builtInProfiles.wales.name]);
    expect(picker().value).toBe("kent");
  });

  it("remembers the choice in the document's settings and restores it next time", async () => {
    const host = new FakeDocumentHost();
    const { user } = await renderReady(host);
    await user.selectOptions(picker(), "moderngov");
    await waitFor(() => expect(host.calls.setSetting).toEqual([[PROFILE_SETTING_KEY, "moderngov"]]));

    cleanup();
    await renderReady(host);
    await waitFor(() => expect(picker().value).toBe("moderngov"));
  });

  it("checks against the chosen profile and re-checks when it changes", async () => {
    const profiles: string[] = [];
    const checker: Checker = async (snapshot, profile) => {
      profiles.push(profile.id);
      return checkDocument(snapshot, profile);
    };
    const { user } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")), { checker });
    await checkDocumentNow(user);
    await user.selectOptions(picker(), "moderngov");
    await waitFor(() => expect(profiles).toEqual(["kent", "moderngov"]));
  });

  it("falls back to the default and says why when the document names a profile that is not available", async () => {
    const host = new FakeDocumentHost();
    host.settings.set(PROFILE_SETTING_KEY, "surrey");
    await renderReady(host);
    expect(picker().value).toBe("kent");
    expect(screen.getByText(/set up for the profile "surrey", which is not available here, so Kent County Council is used/)).toBeInTheDocument();
  });

  it("shows a profile source's problem and lists what it offers", async () => {
    const source: ProfileSource = async () => ({
      profiles: [builtInProfiles.moderngov, builtInProfiles.kent],
      defaultId: "moderngov",
      problem: "The council profile at profile.json was not used: keyDecision.threshold must be more than 0.",
    });
    await renderReady(new FakeDocumentHost(), { profileSource: source });
    expect(picker().value).toBe("moderngov");
    expect(screen.getByText(/keyDecision\.threshold must be more than 0/)).toBeInTheDocument();
  });

  it("uses the built-in profiles when the profile source fails", async () => {
    const source: ProfileSource = () => Promise.reject(new Error("network unreachable"));
    await renderReady(new FakeDocumentHost(), { profileSource: source });
    expect(picker().value).toBe("kent");
    expect(screen.getByText(/could not be loaded, so the built-in ones are used: network unreachable/)).toBeInTheDocument();
  });

  it("keeps working when the choice cannot be saved", async () => {
    const host = new FakeDocumentHost();
    host.failures.set("setSetting", "Settings are read-only");
    const { user } = await renderReady(host);
    await user.selectOptions(picker(), "moderngov");
    expect(await screen.findByText(/used now but could not be saved in the document: Settings are read-only/)).toBeInTheDocument();
    expect(picker().value).toBe("moderngov");
  });
});
