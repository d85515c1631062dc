import { act, screen, waitFor } from "@testing-library/react";
import { checkDocument } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Profile } from "../../src/core/profile/schema";
import type { Report } from "../../src/core/report";
import type { Checker } from "../../src/taskpane/checker";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { findingItems, renderReady } from "./support/render-pane";

/** A checker whose checks finish only when the test says so, to see what happens while one runs. */
function gatedChecker() {
  const pending: { run: () => void }[] = [];
  const checker: Checker = (snapshot: DocSnapshot, profile: Profile) =>
    new Promise<Report>((resolve) => pending.push({ run: () => resolve(checkDocument(snapshot, profile)) }));
  return {
    checker,
    started: () => pending.length,
    async finishNext() {
      await act(async () => pending.shift()?.run());
    },
  };
}

function appendDecision(text: string) {
  return (snapshot: DocSnapshot): DocSnapshot => {
    const blocks = [...snapshot.blocks];
    const decision = blocks.findIndex((block) => block.text === "Decision:");
    blocks.splice(decision + 1, 0, { text, style: "Normal" });
    return { blocks };
  };
}

describe("live check", () => {
  it("checks when switched on, re-checks on each document change and stops when switched off", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
    const { user } = await renderReady(host);
    expect(host.changeListeners).toBe(0);

    await user.click(screen.getByRole("switch", { name: "Live check" }));
    await waitFor(() => expect(host.calls.readSnapshot).toBe(1));
    expect(host.changeListeners).toBe(1);

    act(() => host.edit(appendDecision("The contract is worth £2.4 million.")));
    await waitFor(() => expect(host.calls.readSnapshot).toBe(2));
    await waitFor(() => expect(findingItems().map((item) => item.dataset.ruleId)).toContain("key-decision-threshold"));

    await user.click(screen.getByRole("switch", { name: "Live check" }));
    expect(host.changeListeners).toBe(0);
    act(() => host.edit(appendDecision("A further £3 million.")));
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    // A check reads the document synchronously when it starts, so none has started here.
    expect(host.calls.readSnapshot).toBe(2);

    await user.click(screen.getByRole("switch", { name: "Live check" }));
    await waitFor(() => expect(host.calls.readSnapshot).toBe(3));
  });

  it("re-checks when the pane regains focus", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
    const { user } = await renderReady(host);
    window.dispatchEvent(new Event("focus"));
    expect(host.calls.readSnapshot).toBe(0);

    await user.click(screen.getByRole("switch", { name: "Live check" }));
    await waitFor(() => expect(host.calls.readSnapshot).toBe(1));
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(host.calls.readSnapshot).toBe(2));
  });

  it("queues changes made while a check runs into one more check", async () => {
    const host = new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
    const gate = gatedChecker();
    const { user } = await renderReady(host, { checker: gate.checker });

    await user.click(screen.getByRole("switch", { name: "Live check" }));
    await waitFor(() => expect(gate.started()).toBe(1));
    expect(screen.getByText("Checking…")).toBeInTheDocument();

    act(() => host.edit(appendDecision("First edit.")));
    act(() => host.edit(appendDecision("Second edit.")));
    await user.click(screen.getByRole("button", { name: "Check document" }));
    expect(gate.started()).toBe(1);

    await gate.finishNext();
    await waitFor(() => expect(gate.started()).toBe(1));
    expect(host.calls.readSnapshot).toBe(2);
    await gate.finishNext();
    await waitFor(() => expect(screen.queryByText("Checking…")).not.toBeInTheDocument());
    expect(host.calls.readSnapshot).toBe(2);
  });
});
