import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { checkDocument, snapshotFromText } from "../../src/core";
import type { Report } from "../../src/core/report";
import type { Checker } from "../../src/core/checker";
import { CheckStoppedError } from "../../src/taskpane/checker";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checkDocumentNow, findingItem, renderChecked, renderReady, ruleIds, summary, summaryValue, verdict, waitForChecks } from "./support/render-pane";
import { kentRecord } from "../support/records";

const stls = () => new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));

describe("on opening", () => {
  it("checks the record without being asked, and says when", async () => {
    const host = stls();
    await renderChecked(host);
    expect(host.calls.readSnapshot).toBe(1);
    expect(within(verdict()).getByRole("heading", { level: 2 })).toHaveTextContent("1 error — not ready for sign-off");
    expect(verdict()).toHaveTextContent(/Checked at \d\d:\d\d/);
  });

  it("announces the verdict in a polite live region", async () => {
    await renderChecked(stls());
    const region = within(verdict()).getByRole("status");
    expect(region).toHaveAttribute("aria-live", "polite");
    expect(region).toHaveTextContent("1 error — not ready for sign-off");
  });
});

describe("the verdict", () => {
  it("counts errors, warnings and notes and is not ready while errors or warnings remain", async () => {
    await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")));
    expect(within(verdict()).getByRole("status")).toHaveTextContent("13 warnings — not ready for sign-off");
  });

  it("is ready for sign-off when only a reminder is left", async () => {
    const record = kentRecord({ "key-decision": ["Key decision: YES"], decision: ["## Decision:", "I agree to spend £2.4m on the depot."] });
    await renderChecked(new FakeDocumentHost(snapshotFromText(record)));
    expect(within(verdict()).getByRole("status")).toHaveTextContent("No problems found — ready for sign-off (1 reminder to read)");
    expect(ruleIds()).toEqual(["key-decision-notice"]);
    expect(findingItem("key-decision-notice")).toHaveTextContent(/^Note/);
  });

  it("says so, in the list too, when a record has no findings", async () => {
    const clean: Checker = async (snapshot, profile) => ({ ...checkDocument(snapshot, profile), findings: [] });
    await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")), { checker: clean });
    expect(within(verdict()).getByRole("status")).toHaveTextContent("No problems found — ready for sign-off");
    expect(screen.getByText("No problems found: this record passes every check.")).toBeInTheDocument();
    expect(summaryValue("Key decision")).toBe("YES");
  });
});

describe("the summary", () => {
  it("summarises the STLS record in four lines: unanswered key decision, £8.5m over the threshold", async () => {
    await renderChecked(stls());
    expect(summaryValue("Key decision")).toBe("Not answered");
    expect(summaryValue("Largest spend")).toBe("£8.5m per annum — over the £1,000,000 threshold");
    expect(summaryValue("Publication")).toBe("For publication");
    expect(summaryValue("Sections")).toMatch(/^14 of 15 complete · 1 empty/);
  });

  it("does not call an unfilled template complete, and names the empty sections on demand, in sentence case", async () => {
    const { user } = await renderChecked(new FakeDocumentHost());
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    await waitForChecks(2);
    expect(summaryValue("Key decision")).toBe("Not answered");
    expect(summaryValue("Sections")).toMatch(/^4 of 15 complete · 11 empty/);
    expect(within(summary()).queryByText(/Decision to be taken by/)).not.toBeInTheDocument();

    await user.click(within(summary()).getByRole("button", { name: "Show the sections not complete" }));
    const names = within(summary()).getAllByRole("listitem").map((item) => item.textContent);
    expect(names).toHaveLength(11);
    expect(names).toContain("Decision to be taken by (empty)");
    expect(names).toContain("Financial implications (empty)");
  });

  it("tells a missing key-decision line from an unanswered one", async () => {
    await renderChecked(new FakeDocumentHost(snapshotFromText(kentRecord({ "key-decision": null }))));
    expect(summaryValue("Key decision")).toBe("No key-decision line");
  });
});

describe("the findings", () => {
  it("are grouped by rule with counts, each with its severity as an icon and a word, and its section", async () => {
    await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")));
    const findings = screen.getByRole("list", { name: "Findings" });
    expect(within(findings).getByRole("list", { name: "Dates that run backwards (1)" })).toBeInTheDocument();
    expect(within(findings).getByRole("list", { name: "Repeated paragraph number (1)" })).toBeInTheDocument();
    const numbering = findingItem("duplicate-numbering");
    expect(numbering).toHaveTextContent(/^Warning · Reason\(s\) for decision/);
    expect(numbering.querySelector("svg[aria-hidden='true']")).not.toBeNull();
  });

  it("give the why once per rule, on demand, and a group can be collapsed", async () => {
    const { user } = await renderChecked(stls());
    expect(screen.queryByText(/Regulation 9 of SI 2012\/2089|regulation 9 of SI 2012\/2089/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Why this matters: Key decision not answered" }));
    expect(screen.getAllByText(/decides whether it needed 28 clear days' notice \(regulation 9 of SI 2012\/2089\)/)).toHaveLength(1);

    const group = screen.getByRole("button", { name: /Key decision not answered \(1\)/ });
    expect(group).toHaveAttribute("aria-expanded", "true");
    await user.click(group);
    expect(group).toHaveAttribute("aria-expanded", "false");
    expect(ruleIds()).toEqual([]);
  });

  it("name the unanswered key decision once, with the sum over the threshold inside it to go to", async () => {
    const { user, host } = await renderChecked(stls());
    expect(ruleIds()).toEqual(["key-decision-answer"]);
    const answer = findingItem("key-decision-answer");
    expect(answer).toHaveTextContent("£8.5m per annum is over the threshold (in excess of £1,000,000), so the answer is probably YES.");
    await user.click(within(answer).getByRole("button", { name: "Go to £8.5m per annum" }));
    await waitFor(() => expect(host.calls.locate.map((finding) => finding.location?.text)).toEqual(["£8.5m per annum"]));
  });

  it("name a repeated paragraph number's other paragraph by its words, and go to each", async () => {
    const { user, host } = await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")));
    const numbering = findingItem("duplicate-numbering");
    expect(numbering).toHaveTextContent("Paragraph number 1.3 is used twice (the other starts “1.3 A public consultation took place from 3rd December 2020…”)");
    expect(numbering).not.toHaveTextContent(/paragraph 22/);
    await user.click(within(numbering).getByRole("button", { name: /^Go to: Paragraph number 1\.3/ }));
    await user.click(within(numbering).getByRole("button", { name: "Go to the other 1.3" }));
    await waitFor(() => expect(host.calls.locate).toHaveLength(2));
    expect(host.calls.locate.map((finding) => finding.location?.block)).toEqual([22, 21]);
  });

  it("have no accessibility violations", async () => {
    const { container } = await renderChecked(stls());
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("when the document changes with live check off", () => {
  it("marks the findings as out of date until the next check", async () => {
    const { user, host } = await renderChecked(stls());
    host.edit((snapshot) => ({ blocks: [...snapshot.blocks, { text: "A new closing paragraph.", style: "Normal" }] }));
    expect(await screen.findByRole("heading", { name: "Findings (out of date)" })).toBeInTheDocument();
    expect(verdict()).toHaveTextContent("Out of date: the document changed after this check.");

    await user.click(within(verdict()).getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("heading", { name: "Findings" })).toBeInTheDocument();
    expect(verdict()).not.toHaveTextContent("Out of date");
  });

  it("does not, when Word reports a change that left the text as it was", async () => {
    const { host } = await renderChecked(stls());
    host.edit((snapshot) => snapshot);
    await waitFor(() => expect(host.calls.readSnapshot).toBe(2));
    expect(screen.getByRole("heading", { name: "Findings" })).toBeInTheDocument();
  });
});

describe("a check that fails", () => {
  const failures: { name: string; checker: Checker; message: RegExp }[] = [
    { name: "a check the watchdog stopped", checker: () => Promise.reject(new CheckStoppedError(1000)), message: /The check took too long and was stopped after 1 second/ },
    { name: "a check that failed", checker: () => Promise.reject(new Error("worker crashed")), message: /The check could not finish: worker crashed/ },
  ];

  it.each(failures)("explains $name, keeps the pane usable and has no accessibility violations", async ({ checker, message }) => {
    const { container } = await renderReady(stls(), { checker });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("The document was not checked");
    expect(verdict()).toHaveTextContent("Not checked yet");
    expect(screen.getByRole("button", { name: "Check document" })).toBeEnabled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows Word's message when the document cannot be read, and recovers on the next check", async () => {
    const host = stls();
    host.failures.set("readSnapshot", "GeneralException: the document is busy");
    const { user } = await renderReady(host);
    expect(await screen.findByText(/GeneralException: the document is busy/)).toBeInTheDocument();

    host.failures.clear();
    await checkDocumentNow(user);
    await waitFor(() => expect(screen.queryByText(/the document is busy/)).not.toBeInTheDocument());
    expect(summaryValue("Key decision")).toBe("Not answered");
  });
});

describe("a report the pane cannot show", () => {
  it("says the pane stopped, offers to start again, and starting again works", async () => {
    // React reports the caught rendering error on the console; that is expected here.
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let malformed = true;
    const checker: Checker = async (snapshot, profile) => (malformed ? ({ findings: [] } as unknown as Report) : checkDocument(snapshot, profile));
    const { user, container } = await renderReady(stls(), { checker });

    expect(await screen.findByRole("heading", { name: "ROD Author stopped unexpectedly" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    malformed = false;
    await user.click(screen.getByRole("button", { name: "Start again" }));
    await waitForChecks(1);
    expect(summaryValue("Key decision")).toBe("Not answered");
    consoleError.mockRestore();
  });
});

describe("with everything open", () => {
  it("has no accessibility violations: why, incomplete sections, settings, a dismiss form and the dismissed list", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
    host.dark = true;
    const { user, container } = await renderChecked(host);
    await user.click(within(findingItem("date-order")).getByRole("button", { name: /^I've checked this/ }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    // Beside the seed's eleven plain-line headings (heading-style).
    await waitFor(() => expect(ruleIds().filter((id) => id !== "heading-style")).toEqual(["duplicate-numbering"]));
    await user.click(screen.getByRole("button", { name: "Dismissed (1)" }));
    await user.click(screen.getByRole("button", { name: "Why this matters: Repeated paragraph number" }));
    await user.click(within(summary()).getByRole("button", { name: "Show the sections not complete" }));
    await user.click(screen.getByRole("button", { name: "Settings" }));
    await screen.findByRole("combobox", { name: "Council profile" });
    await user.click(within(findingItem("duplicate-numbering")).getByRole("button", { name: /^I've checked this/ }));
    expect(await axe(container)).toHaveNoViolations();
  });
});
