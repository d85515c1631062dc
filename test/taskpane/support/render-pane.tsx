import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { Checker } from "../../../src/core/checker";
import type { ConnectResult } from "../../../src/word/document-host";
import type { ProfileSource } from "../../../src/taskpane/profiles";
import { FakeDocumentHost } from "./fake-host";

export interface PaneOptions {
  checker?: Checker;
  profileSource?: ProfileSource;
}

/** Renders the pane for any connection outcome. */
export function renderApp(connection: Promise<ConnectResult>, options: PaneOptions = {}) {
  const user = userEvent.setup();
  const view = render(<App connection={connection} checker={options.checker} profileSource={options.profileSource} />);
  return { user, ...view };
}

/** Renders the pane connected to `host` and waits until it is ready to use (its first check may still run). */
export async function renderReady(host: FakeDocumentHost = new FakeDocumentHost(), options: PaneOptions = {}) {
  const rendered = renderApp(Promise.resolve({ status: "ready", host }), options);
  // The first test of a file also waits for the engine's modules to compile: give it longer than the default second.
  await screen.findByRole("button", { name: "Check document" }, { timeout: 10_000 });
  return { host, ...rendered };
}

/** Renders the pane and waits for the check it runs on opening. */
export async function renderChecked(host: FakeDocumentHost = new FakeDocumentHost(), options: PaneOptions = {}) {
  const rendered = await renderReady(host, options);
  await waitForChecks(1);
  return rendered;
}

export function verdict(): HTMLElement {
  return screen.getByRole("region", { name: "Verdict" });
}

/** How many checks have produced a report so far. */
export function checksDone(): number {
  return Number(verdict().dataset.checks ?? 0);
}

/** Waits for `count` checks to have reported, and for their results (which load after the first paint) to show. */
export async function waitForChecks(count: number): Promise<void> {
  // Generous limits: on a busy machine the first check of a file also compiles the engine.
  await waitFor(() => expect(checksDone()).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
  await screen.findByRole("region", { name: "Summary" }, { timeout: 10_000 });
}

export function summary() {
  return screen.getByRole("region", { name: "Summary" });
}

/** The value shown against a term in the summary ("Key decision" → "YES"). */
export function summaryValue(term: string): string {
  const dt = within(summary()).getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

export function findingItems(): HTMLElement[] {
  const list = screen.queryByRole("list", { name: "Findings" });
  return list ? [...list.querySelectorAll<HTMLElement>("li[data-rule-id]")] : [];
}

export function ruleIds(): string[] {
  return findingItems().map((item) => item.dataset.ruleId ?? "");
}

export function findingItem(ruleId: string): HTMLElement {
  const item = findingItems().find((element) => element.dataset.ruleId === ruleId);
  if (!item) throw new Error(`No finding ${ruleId}; listed: ${ruleIds().join(", ")}`);
  return item;
}

/** Presses Check document and waits for the check it starts to report. */
export async function checkDocumentNow(user: ReturnType<typeof userEvent.setup>) {
  const before = checksDone();
  await user.click(screen.getByRole("button", { name: "Check document" }));
  await waitForChecks(before + 1);
}

/** The background colour the pane's FluentProvider actually writes into the page's styles. */
export function paneBackground(): string {
  const provider = screen.getByRole("main").closest<HTMLElement>(".fui-FluentProvider");
  if (!provider) throw new Error("The pane is not inside a FluentProvider.");
  for (const style of document.querySelectorAll("style")) {
    if (!style.id || !provider.classList.contains(style.id)) continue;
    const rule = style.sheet?.cssRules[0] as CSSStyleRule | undefined;
    return rule?.style.getPropertyValue("--colorNeutralBackground1").trim() ?? "";
  }
  throw new Error("The FluentProvider wrote no theme.");
}
