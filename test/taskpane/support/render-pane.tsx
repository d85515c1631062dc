import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { Checker } from "../../../src/taskpane/checker";
import type { ConnectResult } from "../../../src/word/bootstrap";
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

/** Renders the pane connected to `host` and waits until it is ready to use. */
export async function renderReady(host: FakeDocumentHost = new FakeDocumentHost(), options: PaneOptions = {}) {
  const rendered = renderApp(Promise.resolve({ status: "ready", host }), options);
  await screen.findByRole("button", { name: "Check document" });
  return { host, ...rendered };
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
  const list = screen.getByRole("list", { name: "Findings" });
  return [...list.querySelectorAll<HTMLElement>("li[data-rule-id]")];
}

export function findingItem(ruleId: string): HTMLElement {
  const item = findingItems().find((element) => element.dataset.ruleId === ruleId);
  if (!item) throw new Error(`No finding ${ruleId}; listed: ${findingItems().map((element) => element.dataset.ruleId).join(", ")}`);
  return item;
}

export async function checkDocumentNow(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Check document" }));
  await within(summary()).findByText("Key decision");
}
