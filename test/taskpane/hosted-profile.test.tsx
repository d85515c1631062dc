/** The council's profile.json, hosted beside the pane: used by default when valid, and explained when it is not. */
import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import kentJson from "../../src/core/profile/builtin/kent.json";
import { builtInProfiles, checkDocument } from "../../src/core";
import type { Checker } from "../../src/core/checker";
import { hostedProfileSource, PROFILE_SETTING_KEY, type ProfileFetch } from "../../src/taskpane/profiles";
import { FakeDocumentHost } from "./support/fake-host";
import { renderReady, type PaneOptions } from "./support/render-pane";

const PAGE = "https://rod.example.gov.uk/addin/taskpane.html?_host_Info=Word";
const PROFILE_URL = "https://rod.example.gov.uk/addin/profile.json";

type Answer = { status: number; statusText?: string; type?: string; body?: string } | Error;

/** A web host that answers every request for profile.json the same way, and remembers the requests. */
function host(answer: Answer) {
  const requests: { url: string; init: unknown }[] = [];
  const fetch: ProfileFetch = async (url, init) => {
    requests.push({ url, init });
    if (answer instanceof Error) throw answer;
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      statusText: answer.statusText ?? "",
      headers: { get: (name: string) => (name.toLowerCase() === "content-type" ? (answer.type ?? "application/json") : null) },
      text: async () => answer.body ?? "",
    };
  };
  return { requests, source: hostedProfileSource({ pageUrl: PAGE, fetch }) };
}

const council = (edit: (profile: Record<string, any>) => void = () => undefined) => {
  const profile = JSON.parse(JSON.stringify(kentJson)) as Record<string, any>;
  Object.assign(profile, { id: "northdown", name: "Northdown District Council" });
  profile.keyDecision.threshold = 250_000;
  edit(profile);
  return JSON.stringify(profile);
};

/** The pane with its settings area open, where the council profile is chosen. */
async function renderSettings(document: FakeDocumentHost, options: PaneOptions) {
  const rendered = await renderReady(document, options);
  await rendered.user.click(screen.getByRole("button", { name: "Settings" }));
  // The settings area loads when first opened.
  await screen.findByRole("combobox", { name: "Council profile" });
  return rendered;
}

function picker(): HTMLSelectElement {
  return screen.getByRole("combobox", { name: "Council profile" });
}

const options = () => [...picker().options].map((option) => option.textContent);

/** The notice the pane shows about the council profile (its title is a paragraph; the picker's label is not). */
function profileNotice(): HTMLElement {
  return screen.getByText("Council profile", { selector: "p" }).parentElement!;
}

const noProfileNotice = () => expect(screen.queryByText("Council profile", { selector: "p" })).not.toBeInTheDocument();

describe("a council profile hosted beside the pane", () => {
  it("is fetched from beside the page on the add-in's own host, revalidated each time", async () => {
    const { requests, source } = host({ status: 404 });
    await renderSettings(new FakeDocumentHost(), { profileSource: source });
    expect(requests).toEqual([{ url: PROFILE_URL, init: { cache: "no-cache", credentials: "same-origin" } }]);
  });

  it("when valid, comes first in the list and is the default, and checks use it", async () => {
    const profiles: string[] = [];
    const checker: Checker = async (snapshot, profile) => (profiles.push(profile.id), checkDocument(snapshot, profile));
    const { user } = await renderSettings(new FakeDocumentHost(), { profileSource: host({ status: 200, body: council() }).source, checker });
    expect(options()).toEqual(["Northdown District Council", builtInProfiles.kent.name, builtInProfiles.moderngov.name, builtInProfiles.wales.name]);
    expect(picker().value).toBe("northdown");
    noProfileNotice();
    // The pane checks on opening, and again when asked: always against the council's profile.
    await user.click(screen.getByRole("button", { name: "Check document" }));
    await waitFor(() => expect(profiles.length).toBeGreaterThanOrEqual(2));
    expect(new Set(profiles)).toEqual(new Set(["northdown"]));
  });

  it("replaces the built-in profile with the same id", async () => {
    await renderSettings(new FakeDocumentHost(), { profileSource: host({ status: 200, body: council((p) => (p.id = "kent")) }).source });
    expect(options()).toEqual(["Northdown District Council", builtInProfiles.moderngov.name, builtInProfiles.wales.name]);
    expect(picker().value).toBe("kent");
  });

  it("does not override the profile an officer chose for this document", async () => {
    const document = new FakeDocumentHost();
    document.settings.set(PROFILE_SETTING_KEY, "moderngov");
    await renderSettings(document, { profileSource: host({ status: 200, body: council() }).source });
    await waitFor(() => expect(picker().value).toBe("moderngov"));
  });

  it.each<[string, Answer]>([
    ["there is none (404)", { status: 404, statusText: "Not Found" }],
    ["the host answers with a page instead", { status: 200, type: "text/html; charset=utf-8", body: "<!doctype html><title>Home</title>" }],
  ])("is silently not used when %s: the built-in profiles, Kent first", async (_case, answer) => {
    await renderSettings(new FakeDocumentHost(), { profileSource: host(answer).source });
    expect(options()).toEqual([builtInProfiles.kent.name, builtInProfiles.moderngov.name, builtInProfiles.wales.name]);
    expect(picker().value).toBe("kent");
    noProfileNotice();
  });

  it("with mistakes, is not used, and the pane lists each field and what is wrong with it", async () => {
    const body = council((p) => {
      p.keyDecision.threshold = "£250k";
      p.sections[3].mandatory = "yes";
    });
    const { container, user } = await renderSettings(new FakeDocumentHost(), { profileSource: host({ status: 200, body }).source });
    expect(picker().value).toBe("kent");
    expect(options()).not.toContain("Northdown District Council");

    const notice = profileNotice();
    expect(notice).toHaveTextContent(
      `The council profile at ${PROFILE_URL} has 2 mistakes, so it is not used. The built-in profiles are used until it is corrected.`,
    );
    expect(within(notice).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "keyDecision.threshold: must be a number, but it is text",
      "sections[3].mandatory: must be true or false, but it is text",
    ]);
    expect(await axe(container)).toHaveNoViolations();

    // Choosing another profile does not hide the council's broken file.
    await user.selectOptions(picker(), "moderngov");
    expect(profileNotice()).toHaveTextContent("has 2 mistakes");
  });

  it("with a pattern the pattern engine cannot run, is refused, naming the pattern", async () => {
    const body = council((p) => p.placeholders.patterns.push("TBC(?=\\s)"));
    await renderSettings(new FakeDocumentHost(), { profileSource: host({ status: 200, body }).source });
    expect(within(profileNotice()).getByRole("listitem")).toHaveTextContent(
      "placeholders.patterns[3]: uses a lookahead or lookbehind (“(?=…)”), which the pattern engine cannot run; use \\b, ^ or $ instead",
    );
    expect(picker().value).toBe("kent");
  });

  it.each<[string, Answer, RegExp]>([
    ["is not JSON", { status: 200, body: '{ "id": "northdown", }' }, /^The council profile at \S+ is not valid JSON \(.+\)\. The built-in profiles are used until it is corrected\.$/],
    ["is refused by the host", { status: 403, statusText: "Forbidden" }, /^The council profile at \S+ could not be loaded: the server answered 403 Forbidden\. The built-in/],
    ["cannot be reached", new TypeError("Failed to fetch"), /^The council profile at \S+ could not be loaded \(Failed to fetch\)\. The built-in/],
  ])("says why when it %s, and uses the built-in profiles", async (_case, answer, message) => {
    await renderSettings(new FakeDocumentHost(), { profileSource: host(answer).source });
    expect(picker().value).toBe("kent");
    expect(profileNotice().textContent).toMatch(/^Council profile/);
    expect(profileNotice().textContent!.replace(/^Council profile/, "")).toMatch(message);
  });
});
