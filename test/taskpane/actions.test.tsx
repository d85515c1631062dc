import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { checkDocument, snapshotFromText } from "../../src/core";
import type { Checker } from "../../src/core/checker";
import { DISMISSED_SETTING_KEY } from "../../src/taskpane/dismissals";
import { kentRecord } from "../support/records";
import { FakeDocumentHost, seedSnapshot, type HostMethod } from "./support/fake-host";
import { checkDocumentNow, findingItem, renderChecked, ruleIds, summaryValue, verdict, waitForChecks } from "./support/render-pane";

function countingChecker() {
  const profiles: string[] = [];
  const checker: Checker = async (snapshot, profile) => {
    profiles.push(profile.id);
    return checkDocument(snapshot, profile);
  };
  return { checker, profiles };
}

const stls = () => new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));

describe("Insert template", () => {
  it("says briefly what it inserted, checks again and shows the findings", async () => {
    const { user, host } = await renderChecked(new FakeDocumentHost());
    expect(ruleIds()).toEqual(["required-section"]);
    await user.click(screen.getByRole("button", { name: "Insert template" }));

    expect(await screen.findByText("Inserted 15 sections")).toBeInTheDocument();
    expect(screen.queryByText("Financial Implications")).not.toBeInTheDocument();
    expect(host.calls.insertTemplate.map((profile) => profile.id)).toEqual(["kent"]);
    await waitForChecks(2);
    expect(ruleIds()).not.toContain("required-section");
    expect(screen.queryByText(/tracked as revisions/)).not.toBeInTheDocument();
  });

  it("is offered by the one finding an empty document gets", async () => {
    const { user, host } = await renderChecked(new FakeDocumentHost());
    const offer = findingItem("required-section");
    expect(offer).toHaveTextContent("This document has none of the record's sections yet. Insert the template");
    await user.click(within(offer).getByRole("button", { name: "Insert the template" }));
    await waitFor(() => expect(host.calls.insertTemplate).toHaveLength(1));
  });

  it("says the insertion is tracked when Track Changes is on", async () => {
    const host = new FakeDocumentHost();
    host.trackChanges = true;
    const { user } = await renderChecked(host);
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText(/Track Changes is on, so the insertion is tracked as revisions/)).toBeInTheDocument();
  });

  it("inserts only what is missing and refreshes the check", async () => {
    const { checker, profiles } = countingChecker();
    const { user } = await renderChecked(new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt")), { checker });
    expect(summaryValue("Sections")).toMatch(/^14 of 15 complete · 1 missing/);

    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText("Inserted 1 section")).toBeInTheDocument();
    await waitFor(() => expect(summaryValue("Sections")).toMatch(/^14 of 15 complete · 1 empty/));
    expect(profiles).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText("Nothing to insert")).toBeInTheDocument();
  });

  it("leaves a notice that can be closed", async () => {
    const { user } = await renderChecked(new FakeDocumentHost());
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    await user.click(await screen.findByRole("button", { name: "Close: Inserted 15 sections" }));
    expect(screen.queryByText("Inserted 15 sections")).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(within(verdict()).getByRole("heading", { level: 2 })));
  });
});

describe("acting on findings", () => {
  it("Go to asks Word to select the finding's text", async () => {
    const { user, host } = await renderChecked(stls());
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Go to: / }));
    await waitFor(() => expect(host.calls.locate).toHaveLength(1));
    expect(host.calls.locate[0].location?.text).toBe("Key decision:");
  });

  it("Go to explains when only the paragraph could be selected", async () => {
    const { user, host } = await renderChecked(stls());
    host.edit((snapshot) => ({ blocks: snapshot.blocks.map((block) => ({ ...block, text: block.text.replace("£8.5m", "£9m") })) }));
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: "Go to £8.5m per annum" }));
    expect(await screen.findByText("Selected the paragraph")).toBeInTheDocument();
    expect(screen.getByText(/The text has changed since the check/)).toBeInTheDocument();
  });

  it("Fix applies the fix, says what changed in the past tense and re-checks", async () => {
    const { checker, profiles } = countingChecker();
    const { user, host } = await renderChecked(stls(), { checker });
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }));

    expect(await screen.findByText("Changed “Key decision:” to “Key decision: YES”")).toBeInTheDocument();
    await waitFor(() => expect(summaryValue("Key decision")).toBe("YES"));
    expect(ruleIds()).toEqual(["key-decision-notice"]);
    expect(host.snapshot.blocks.some((block) => block.text === "Key decision: YES")).toBe(true);
    expect(profiles).toHaveLength(2);
    expect(within(verdict()).getByRole("status")).toHaveTextContent("No problems found — ready for sign-off (1 reminder to read)");
  });

  it("Fix by keyboard keeps focus in the pane, on the verdict", async () => {
    const { user } = await renderChecked(stls());
    within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(summaryValue("Key decision")).toBe("YES"));
    await waitFor(() => expect(document.activeElement).toBe(within(verdict()).getByRole("heading", { level: 2 })));
  });

  it("Key decision: NO with £2.4m written two ways gives one finding whose Fix changes the answer to YES", async () => {
    const record = kentRecord({
      decision: ["## Decision:", "I agree to spend £2.4m on the new depot."],
      reasons: ["## Reason(s) for decision:", "The £2,400,000 is met from the capital programme."],
    });
    const host = new FakeDocumentHost(snapshotFromText(record));
    const { user } = await renderChecked(host);
    expect(ruleIds()).toEqual(["key-decision-contradiction"]);
    const finding = findingItem("key-decision-contradiction");
    expect(finding).toHaveTextContent(/^Error/);
    expect(finding).toHaveTextContent("Fix: Change the answer to YES");

    await user.click(within(finding).getByRole("button", { name: /^Fix/ }));
    expect(await screen.findByText("Changed the key-decision answer from “NO” to “YES”")).toBeInTheDocument();
    expect(host.snapshot.blocks.map((block) => block.text)).toContain("Key decision: YES");
    await waitFor(() => expect(summaryValue("Key decision")).toBe("YES"));
  });

  it("a refused fix says nothing was changed and why, leaves the document alone and re-checks", async () => {
    const { checker, profiles } = countingChecker();
    const { user, host } = await renderChecked(stls(), { checker });
    const before = JSON.stringify(host.snapshot);
    host.refuseFixesWith = "The heading “Key decision:” was edited after the check. Check again.";
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }));

    expect(await screen.findByText("Nothing was changed")).toBeInTheDocument();
    expect(screen.getByText("The heading “Key decision:” was edited after the check.")).toBeInTheDocument();
    expect(screen.queryByText(/checked again/)).not.toBeInTheDocument();
    await waitFor(() => expect(profiles).toHaveLength(2));
    expect(JSON.stringify(host.snapshot)).toBe(before);
    expect(findingItem("key-decision-answer")).toBeInTheDocument();
  });
});

describe("marks", () => {
  it("Mark in document marks the findings and Clear marks removes them", async () => {
    const { user, host } = await renderChecked(stls());
    await user.click(screen.getByRole("button", { name: "Mark in document" }));
    expect(await screen.findByText("Marked 1 finding with comments")).toBeInTheDocument();
    expect(host.calls.mark[0].map((finding) => finding.ruleId)).toEqual(["key-decision-answer"]);

    await user.click(screen.getAllByRole("button", { name: "Clear marks" })[0]);
    expect(await screen.findByText("Removed 1 mark")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText("There were no marks to remove")).toBeInTheDocument();
  });

  it("says comments are saved in the file and offers to clear them before sharing", async () => {
    const { user, host } = await renderChecked(stls());
    await user.click(screen.getByRole("button", { name: "Mark in document" }));
    expect(await screen.findByText(/Comments are saved in the file\. Clear the marks before you share it\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear marks now" }));
    await waitFor(() => expect(host.calls.clearMarks).toBe(1));
  });

  it("follow the findings: after Fix the fixed finding is no longer marked", async () => {
    const { user, host } = await renderChecked(stls());
    await user.click(screen.getByRole("button", { name: "Mark in document" }));
    await screen.findByText("Marked 1 finding with comments");
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }));
    await waitFor(() => expect(host.calls.mark).toHaveLength(2));
    expect(host.calls.mark[1].map((finding) => finding.ruleId)).toEqual(["key-decision-notice"]);
  });

  it("are not refreshed once cleared", async () => {
    const { user, host } = await renderChecked(stls());
    await user.click(screen.getByRole("button", { name: "Mark in document" }));
    await screen.findByText("Marked 1 finding with comments");
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    await screen.findByText("Removed 1 mark");
    await checkDocumentNow(user);
    expect(host.calls.mark).toHaveLength(1);
  });

  it("Mark in document says why it cannot be used on a record with nothing to mark", async () => {
    await renderChecked(new FakeDocumentHost());
    const button = screen.getByRole("button", { name: "Mark in document" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription("No finding points at text in the document.");
  });
});

describe("I've checked this", () => {
  it("dismisses a finding with a reason: out of the verdict, listed under Dismissed, kept in the document, restorable", async () => {
    const record = kentRecord({ "key-decision": ["Key decision: YES"], decision: ["## Decision:", "I agree to spend £2.4m. Contact jane.smith@kent.gov.uk."] });
    const host = new FakeDocumentHost(snapshotFromText(record));
    const { user } = await renderChecked(host);
    expect(within(verdict()).getByRole("status")).toHaveTextContent("1 error, 1 note — not ready for sign-off");

    await user.click(within(findingItem("personal-data")).getByRole("button", { name: /^I've checked this/ }));
    const reason = screen.getByRole("textbox", { name: "Why (optional, saved in the document)" });
    expect(reason).toHaveFocus();
    await user.type(reason, "Jane agreed to be named");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));

    await waitFor(() => expect(ruleIds()).toEqual(["key-decision-notice"]));
    expect(within(verdict()).getByRole("status")).toHaveTextContent("No problems found — ready for sign-off (1 reminder to read)");
    expect(verdict()).toHaveTextContent("1 dismissed");
    expect(document.activeElement).toBe(within(verdict()).getByRole("heading", { level: 2 }));
    const saved = JSON.parse(host.settings.get(DISMISSED_SETTING_KEY) ?? "[]");
    expect(saved).toEqual([expect.objectContaining({ key: "personal-data|decision|jane.smith@kent.gov.uk", reason: "Jane agreed to be named" })]);

    await user.click(screen.getByRole("button", { name: "Dismissed (1)" }));
    expect(screen.getByText("Checked: Jane agreed to be named")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Restore: The email address/ }));
    await waitFor(() => expect(ruleIds()).toContain("personal-data"));
    expect(JSON.parse(host.settings.get(DISMISSED_SETTING_KEY) ?? "")).toEqual([]);
  });

  it("is remembered when the pane is closed and opened again", async () => {
    const host = new FakeDocumentHost(snapshotFromText(kentRecord({ "key-decision": ["Key decision: YES"], decision: ["## Decision:", "I agree to spend £2.4m."] })));
    const { user } = await renderChecked(host);
    await user.click(within(findingItem("key-decision-notice")).getByRole("button", { name: /^I've checked this/ }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(ruleIds()).toEqual([]));

    cleanup();
    await renderChecked(host);
    await waitFor(() => expect(screen.getByRole("button", { name: "Dismissed (1)" })).toBeInTheDocument());
    expect(ruleIds()).toEqual([]);
    expect(within(verdict()).getByRole("status")).toHaveTextContent("No problems found — ready for sign-off");
  });

  it("Cancel closes the form and returns focus to its button", async () => {
    const { user } = await renderChecked(stls());
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^I've checked this/ }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(within(findingItem("key-decision-answer")).getByRole("button", { name: /^I've checked this/ })).toHaveFocus());
  });
});

describe("when Word refuses a call", () => {
  const cases: { method: HostMethod; press: string | RegExp; title: string }[] = [
    { method: "insertTemplate", press: "Insert template", title: "The template could not be inserted" },
    { method: "locate", press: /^Go to: The record/, title: "Could not go to this finding" },
    { method: "applyFix", press: /^Fix/, title: "The fix could not be applied" },
    { method: "mark", press: "Mark in document", title: "The findings could not be marked" },
    { method: "clearMarks", press: "Clear marks", title: "The marks could not be cleared" },
  ];

  it.each(cases)("$method: shows Word's message, keeps the pane and the document, no accessibility violations", async ({ method, press, title }) => {
    const host = stls();
    const { user, container } = await renderChecked(host);
    const before = JSON.stringify(host.snapshot);
    host.failures.set(method, "RichApi.Error: AccessDenied");

    await user.click(screen.getByRole("button", { name: press }));

    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Word reported: RichApi.Error: AccessDenied");
    expect(JSON.stringify(host.snapshot)).toBe(before);
    expect(screen.getByRole("region", { name: "Summary" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Findings" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
