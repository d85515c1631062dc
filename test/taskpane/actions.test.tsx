import { screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { builtInProfiles, checkDocument } from "../../src/core";
import type { Checker } from "../../src/taskpane/checker";
import { FakeDocumentHost, seedSnapshot, type HostMethod } from "./support/fake-host";
import { checkDocumentNow, findingItem, findingItems, renderReady, summaryValue } from "./support/render-pane";

const kent = builtInProfiles.kent;

function countingChecker() {
  const profiles: string[] = [];
  const checker: Checker = async (snapshot, profile) => {
    profiles.push(profile.id);
    return checkDocument(snapshot, profile);
  };
  return { checker, profiles };
}

describe("Insert template", () => {
  it("lists every inserted section of an empty document", async () => {
    const { user, host } = await renderReady(new FakeDocumentHost());
    await user.click(screen.getByRole("button", { name: "Insert template" }));

    const heading = await screen.findByText(`Inserted ${kent.sections.length} sections`);
    const inserted = within(heading.parentElement!).getAllByRole("listitem").map((item) => item.textContent);
    expect(inserted[0]).toBe("DECISION TO BE TAKEN BY");
    expect(inserted).toContain("Financial Implications");
    expect(inserted).toHaveLength(kent.sections.length);
    expect(host.calls.insertTemplate.map((profile) => profile.id)).toEqual(["kent"]);
    expect(screen.queryByText(/tracked as revisions/)).not.toBeInTheDocument();
  });

  it("says the insertion is tracked when Track Changes is on", async () => {
    const host = new FakeDocumentHost();
    host.trackChanges = true;
    const { user } = await renderReady(host);
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText(/Track Changes is on, so the insertion is tracked as revisions/)).toBeInTheDocument();
  });

  it("inserts only what is missing and refreshes an earlier check", async () => {
    const send = seedSnapshot("kent-send-strategy-2021.txt");
    const { checker, profiles } = countingChecker();
    const { user } = await renderReady(new FakeDocumentHost(send), { checker });
    await checkDocumentNow(user);
    expect(summaryValue("Sections")).toMatch(/^14 of 15 present/);

    await user.click(screen.getByRole("button", { name: "Insert template" }));
    const heading = await screen.findByText("Inserted 1 section");
    expect(within(heading.parentElement!).getByRole("listitem")).toHaveTextContent("Legal implications");
    await waitFor(() => expect(summaryValue("Sections")).toMatch(/^15 of 15 present/));
    expect(profiles).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByText("Nothing to insert")).toBeInTheDocument();
  });
});

describe("acting on findings", () => {
  async function checkedStls(options: { checker?: Checker } = {}) {
    const host = new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));
    const rendered = await renderReady(host, options);
    await checkDocumentNow(rendered.user);
    return rendered;
  }

  it("Go to asks Word to select the finding's text", async () => {
    const { user, host } = await checkedStls();
    await user.click(within(findingItem("key-decision-threshold")).getByRole("button", { name: /^Go to/ }));
    await waitFor(() => expect(host.calls.locate).toHaveLength(1));
    expect(host.calls.locate[0].ruleId).toBe("key-decision-threshold");
    expect(host.calls.locate[0].location?.text).toBe("£8.5m per annum");
  });

  it("Go to explains when only the paragraph could be selected", async () => {
    const { user, host } = await checkedStls();
    host.edit((snapshot) => ({
      blocks: snapshot.blocks.map((block) => ({ ...block, text: block.text.replace("£8.5m", "£9m") })),
    }));
    await user.click(within(findingItem("key-decision-threshold")).getByRole("button", { name: /^Go to/ }));
    expect(await screen.findByText("Selected the paragraph")).toBeInTheDocument();
    expect(screen.getByText(/The text has changed since the check/)).toBeInTheDocument();
  });

  it("Fix applies the fix and re-checks: the finding is gone and the summary says YES", async () => {
    const { checker, profiles } = countingChecker();
    const { user, host } = await checkedStls({ checker });
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }));

    expect(await screen.findByText("Fixed")).toBeInTheDocument();
    await waitFor(() => expect(summaryValue("Key decision")).toBe("YES"));
    expect(findingItems().map((item) => item.dataset.ruleId)).not.toContain("key-decision-answer");
    expect(host.snapshot.blocks.some((block) => block.text === "Key decision: YES")).toBe(true);
    expect(profiles).toHaveLength(2);
  });

  it("a refused fix shows the reason, leaves the document alone and re-checks", async () => {
    const { checker, profiles } = countingChecker();
    const { user, host } = await checkedStls({ checker });
    const before = JSON.stringify(host.snapshot);
    host.refuseFixesWith = "The heading “Key decision:” was edited after the check.";
    await user.click(within(findingItem("key-decision-answer")).getByRole("button", { name: /^Fix/ }));

    expect(await screen.findByText("The fix was not applied")).toBeInTheDocument();
    expect(screen.getByText(/was edited after the check\. The document has been checked again\./)).toBeInTheDocument();
    await waitFor(() => expect(profiles).toHaveLength(2));
    expect(JSON.stringify(host.snapshot)).toBe(before);
    expect(findingItem("key-decision-answer")).toBeInTheDocument();
  });

  it("Mark in document marks the findings and Clear marks removes them", async () => {
    const { user, host } = await checkedStls();
    await user.click(screen.getByRole("button", { name: "Mark in document" }));
    expect(await screen.findByText("Marked 2 findings with comments")).toBeInTheDocument();
    expect(host.calls.mark[0].map((finding) => finding.ruleId)).toEqual(["key-decision-answer", "key-decision-threshold"]);

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText("Removed 2 marks")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    expect(await screen.findByText("There were no marks to remove")).toBeInTheDocument();
  });

  it("Mark in document waits for a check", async () => {
    await renderReady(new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md")));
    expect(screen.getByRole("button", { name: "Mark in document" })).toHaveAttribute("aria-disabled", "true");
  });
});

describe("when Word refuses a call", () => {
  const cases: { method: HostMethod; press: string | RegExp; title: string }[] = [
    { method: "insertTemplate", press: "Insert template", title: "The template could not be inserted" },
    { method: "locate", press: /^Go to: £8\.5m/, title: "Could not go to this finding" },
    { method: "applyFix", press: /^Fix/, title: "The fix could not be applied" },
    { method: "mark", press: "Mark in document", title: "The findings could not be marked" },
    { method: "clearMarks", press: "Clear marks", title: "The marks could not be cleared" },
  ];

  it.each(cases)("$method: shows Word's message, keeps the pane and the document, no accessibility violations", async ({ method, press, title }) => {
    const host = new FakeDocumentHost(seedSnapshot("kent-stls-redesign-2022.md"));
    const { user, container } = await renderReady(host);
    await checkDocumentNow(user);
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
