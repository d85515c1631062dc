import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { checkDocument } from "../../src/core";
import type { Report } from "../../src/core/report";
import { CheckStoppedError, type Checker } from "../../src/taskpane/checker";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checkDocumentNow, findingItem, findingItems, renderReady, summary, summaryValue } from "./support/render-pane";

describe("Check document", () => {
  it("summarises the STLS record: no key-decision answer, £8.5m over the threshold", async () => {
    const { user } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")));
    await checkDocumentNow(user);

    expect(summaryValue("Key decision")).toBe("Missing");
    expect(summaryValue("Largest spend")).toBe("£8.5m per annum — over the £1,000,000 threshold");
    expect(summaryValue("Publication")).toBe("For publication");
    expect(summaryValue("Sections")).toMatch(/^15 of 15 present/);
    expect(summaryValue("Sections")).toContain("Empty: Key decision");
  });

  it("lists the findings grouped by severity, with counts, sections and the rule's reason", async () => {
    const { user } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")));
    await checkDocumentNow(user);

    const findings = screen.getByRole("list", { name: "Findings" });
    expect(within(findings).getByRole("list", { name: "Errors (1)" })).toBeInTheDocument();
    expect(within(findings).getByRole("list", { name: "Warnings (1)" })).toBeInTheDocument();
    expect(within(findings).queryByRole("list", { name: /^Notes/ })).not.toBeInTheDocument();

    expect(findingItems().map((item) => [item.dataset.ruleId, item.dataset.section])).toEqual([
      ["key-decision-answer", "key-decision"],
      ["key-decision-threshold", "financial-implications"],
    ]);
    const threshold = findingItem("key-decision-threshold");
    expect(threshold).toHaveTextContent("£8.5m per annum is over the key-decision threshold");
    expect(threshold).toHaveTextContent("Section: Financial Implications");
    expect(threshold).toHaveTextContent(/Why: Regulation 8 of SI 2012\/2089/);
    expect(within(threshold).getByRole("button", { name: /^Go to: £8\.5m per annum/ })).toHaveTextContent("Go to");
    expect(within(threshold).queryByRole("button", { name: /^Fix/ })).not.toBeInTheDocument();
    expect(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix: / })).toHaveTextContent("Fix");
  });

  it("has no accessibility violations with findings on screen", async () => {
    const { user, container } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")));
    await checkDocumentNow(user);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("says so when a record has no findings", async () => {
    const clean: Checker = async (snapshot, profile) => ({ ...checkDocument(snapshot, profile), findings: [] });
    const { user } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")), { checker: clean });
    await checkDocumentNow(user);
    expect(screen.getByText(/No problems found/)).toBeInTheDocument();
    expect(summaryValue("Key decision")).toBe("YES");
  });

  const failures: { name: string; checker: Checker; message: RegExp }[] = [
    {
      name: "a check the watchdog stopped",
      checker: () => Promise.reject(new CheckStoppedError(1000)),
      message: /The check took too long and was stopped after 1 second/,
    },
    {
      name: "a check that failed",
      checker: () => Promise.reject(new Error("worker crashed")),
      message: /The check could not finish: worker crashed/,
    },
  ];

  it.each(failures)("explains $name, keeps the pane usable and has no accessibility violations", async ({ checker, message }) => {
    const { user, container } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")), { checker });
    await user.click(screen.getByRole("button", { name: "Check document" }));

    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("The document was not checked");
    expect(summary()).toHaveTextContent("Not checked yet");
    expect(screen.getByRole("button", { name: "Check document" })).toBeEnabled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows Word's message when the document cannot be read, and recovers on the next check", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));
    host.failures.set("readSnapshot", "GeneralException: the document is busy");
    const { user } = await renderReady(host);
    await user.click(screen.getByRole("button", { name: "Check document" }));
    expect(await screen.findByText(/GeneralException: the document is busy/)).toBeInTheDocument();

    host.failures.clear();
    await user.click(screen.getByRole("button", { name: "Check document" }));
    await waitFor(() => expect(screen.queryByText(/the document is busy/)).not.toBeInTheDocument());
    expect(summaryValue("Key decision")).toBe("Missing");
  });
});

describe("a report the pane cannot show", () => {
  it("says the pane stopped, offers to start again, and starting again works", async () => {
    // React reports the caught rendering error on the console; that is expected here.
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    let malformed = true;
    const checker: Checker = async (snapshot, profile) =>
      malformed ? ({ findings: [] } as unknown as Report) : checkDocument(snapshot, profile);
    const { user, container } = await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")), { checker });
    await user.click(screen.getByRole("button", { name: "Check document" }));

    expect(await screen.findByRole("heading", { name: "ROD Author stopped unexpectedly" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    malformed = false;
    await user.click(screen.getByRole("button", { name: "Start again" }));
    await checkDocumentNow(user);
    expect(summaryValue("Key decision")).toBe("Missing");
    consoleError.mockRestore();
  });
});
