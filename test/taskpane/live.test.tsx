import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { checkDocument } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Profile } from "../../src/core/profile/schema";
import type { Report } from "../../src/core/report";
import type { Checker } from "../../src/core/checker";
import { LIVE_CHECK_STORAGE_KEY } from "../../src/taskpane/hooks/useLivePreference";
import { FakeDocumentHost, seedSnapshot } from "./support/fake-host";
import { checksDone, renderChecked, renderReady, ruleIds, verdict } from "./support/render-pane";

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

const send = () => new FakeDocumentHost(seedSnapshot("kent-send-strategy-2021.txt"));
const liveSwitch = () => screen.getByRole("switch", { name: "Live check" });

describe("live check", () => {
  it("re-checks on each document change while on, and stops when switched off", async () => {
    const host = send();
    const { user } = await renderChecked(host);
    expect(host.calls.readSnapshot).toBe(1);

    await user.click(liveSwitch());
    await waitFor(() => expect(host.calls.readSnapshot).toBe(2));

    act(() => host.edit(appendDecision("The contract is worth £2.4 million.")));
    await waitFor(() => expect(ruleIds()).toContain("key-decision-notice"));
    expect(screen.getByRole("heading", { name: "Findings" })).toBeInTheDocument();

    await user.click(liveSwitch());
    const reads = host.calls.readSnapshot;
    const checks = checksDone();
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    // Off, a return to the pane or an edit does not check: the text is only compared, to mark the findings out of date.
    await waitFor(() => expect(host.calls.readSnapshot).toBe(reads + 1));
    expect(checksDone()).toBe(checks);
    expect(screen.getByRole("heading", { name: "Findings" })).toBeInTheDocument();
    act(() => host.edit(appendDecision("A further £3 million.")));
    expect(await screen.findByRole("heading", { name: "Findings (out of date)" })).toBeInTheDocument();
    expect(ruleIds()).toContain("key-decision-notice");
  });

  it("re-checks when the pane regains focus while on", async () => {
    const host = send();
    const { user } = await renderChecked(host);
    await user.click(liveSwitch());
    await waitFor(() => expect(host.calls.readSnapshot).toBe(2));
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    await waitFor(() => expect(host.calls.readSnapshot).toBe(3));
  });

  it("is remembered for the officer, on this computer, and checks at once when the pane opens", async () => {
    const host = send();
    const { user } = await renderChecked(host);
    await user.click(liveSwitch());
    expect(window.localStorage.getItem(LIVE_CHECK_STORAGE_KEY)).toBe("on");

    cleanup();
    const other = send();
    await renderChecked(other);
    expect(liveSwitch()).toBeChecked();
    expect(other.changeListeners).toBe(1);
    expect(other.calls.readSnapshot).toBe(1);
  });

  it("says it re-checks on return to the pane where Word does not report edits", async () => {
    const host = send();
    (host.capabilities as { paragraphEvents: boolean }).paragraphEvents = false;
    const { user } = await renderChecked(host);
    await user.click(liveSwitch());
    expect(liveSwitch()).toHaveAccessibleDescription("This version of Word does not report edits as you type, so live check re-checks when you return to the pane.");
  });

  it("queues changes made while a check runs into one more check", async () => {
    const host = send();
    const gate = gatedChecker();
    const { user } = await renderReady(host, { checker: gate.checker });
    await waitFor(() => expect(gate.started()).toBe(1));
    await gate.finishNext();

    await user.click(liveSwitch());
    await waitFor(() => expect(gate.started()).toBe(1));
    expect(within(verdict()).getByText("Checking…")).toBeInTheDocument();

    act(() => host.edit(appendDecision("First edit.")));
    act(() => host.edit(appendDecision("Second edit.")));
    await user.click(screen.getByRole("button", { name: "Check document" }));
    expect(gate.started()).toBe(1);

    await gate.finishNext();
    await waitFor(() => expect(gate.started()).toBe(1));
    expect(host.calls.readSnapshot).toBe(3);
    await gate.finishNext();
    await waitFor(() => expect(within(verdict()).queryByText("Checking…")).not.toBeInTheDocument());
    expect(host.calls.readSnapshot).toBe(3);
  });
});
