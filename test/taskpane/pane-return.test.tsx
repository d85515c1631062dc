import { act, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { checkDocument } from "../../src/core";
import type { Checker } from "../../src/core/checker";
import { LIVE_CHECK_STORAGE_KEY } from "../../src/taskpane/hooks/useLivePreference";
import { paneFocus } from "../../src/taskpane/pane-focus";
import { OfficeDocumentHost } from "../../src/word/office-document-host";
import { fakeWith, seedSnapshot } from "../word/helpers";
import { paneBackground, renderApp, ruleIds, waitForChecks } from "./support/render-pane";

const DEBOUNCE_MS = 50;

/** Lets every timer the host may have started run out: its debounce, several times over. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, DEBOUNCE_MS * 6)));

/**
 * The pane on the real Word host, in a Word without paragraph events (LTSC 2021, WordApi 1.3), where the only sign
 * of an edit is the officer coming back to the pane.
 */
async function openWithoutParagraphEvents() {
  window.localStorage.setItem(LIVE_CHECK_STORAGE_KEY, "on");
  const fake = fakeWith(seedSnapshot("kent-send-strategy-2021.txt"), { supportedSets: { WordApi: "1.3" } });
  const host = new OfficeDocumentHost({ Word: fake.Word, Office: fake.Office }, { debounceMs: DEBOUNCE_MS, focusSource: paneFocus });
  expect(host.capabilities.paragraphEvents).toBe(false);
  let checks = 0;
  const checker: Checker = async (snapshot, profile) => {
    checks += 1;
    return checkDocument(snapshot, profile);
  };
  renderApp(Promise.resolve({ status: "ready", host }), { checker });
  await waitForChecks(1);
  await settle();
  return { fake, checks: () => checks };
}

describe("returning to the pane in Word without paragraph events", () => {
  test.each<[string, () => void]>([
    ["the pane regains focus", () => window.dispatchEvent(new Event("focus"))],
    ["the pane becomes visible again", () => document.dispatchEvent(new Event("visibilitychange"))],
  ])("live check re-checks exactly once when %s, with the edit made meanwhile", async (_case, returnToPane) => {
    const { fake, checks } = await openWithoutParagraphEvents();
    const before = checks();
    expect(ruleIds()).not.toContain("key-decision-notice");
    fake.document.setParagraphText(fake.document.texts().indexOf("Decision:") + 1, "The contract is worth £2.4 million.");

    act(returnToPane);
    await waitFor(() => expect(checks()).toBe(before + 1));
    await settle();
    expect(checks()).toBe(before + 1);
    expect(ruleIds()).toContain("key-decision-notice");
  });

  it("re-reads Office's theme on the same return", async () => {
    const { fake } = await openWithoutParagraphEvents();
    expect(paneBackground()).toBe(webLightTheme.colorNeutralBackground1);
    fake.document.theme = { ...fake.document.theme!, isDarkTheme: true, bodyBackgroundColor: "#1f1f1f" };

    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(paneBackground()).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
