/**
 * The pane at the size Word gives it on a laptop (340 × 720): the verdict first, the first finding in view
 * without scrolling after any action, marks that follow the findings, dismissals kept in the document.
 */
import type { Locator } from "playwright-core";
import { kentRecord } from "../support/records";
import { axeViolations } from "./support/axe";
import { workbenchSuite, type WorkbenchPage } from "./support/workbench";

jest.setTimeout(90_000);

const PANE = { width: 340, height: 720 };

const suite = workbenchSuite();

async function openPane(query: string): Promise<WorkbenchPage> {
  const workbench = await suite.open(query);
  await workbench.setPaneSize(PANE.width, PANE.height);
  return workbench;
}

/** Where an element of the pane is, in the pane's own viewport, without scrolling it. */
async function box(locator: Locator): Promise<{ top: number; bottom: number }> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
}

async function paneScroll(workbench: WorkbenchPage): Promise<number> {
  return workbench.paneFrame().evaluate(() => window.scrollY);
}

/** The first finding starts in view, with the verdict line (and its counts) above it, and nothing scrolled. */
async function expectFirstFindingInView(workbench: WorkbenchPage, verdictText: RegExp): Promise<void> {
  const first = workbench.pane.locator("li[data-rule-id]").first();
  await first.waitFor();
  expect(await paneScroll(workbench)).toBe(0);
  const finding = await box(first);
  // Its severity and the start of its message are visible: at least 60 px of it above the bottom edge.
  expect(finding.top).toBeGreaterThan(0);
  expect(finding.top + 60).toBeLessThan(PANE.height);
  const verdictLine = workbench.verdict().getByRole("heading", { level: 2 });
  expect(await verdictLine.textContent()).toMatch(verdictText);
  expect((await box(verdictLine)).bottom).toBeLessThan(finding.top);
}

/** Closes the pane and opens it again on the same document, as an officer closing and reopening it in Word. */
async function reopenPane(workbench: WorkbenchPage): Promise<void> {
  await workbench.page.evaluate(() => {
    const old = document.querySelector<HTMLIFrameElement>("#pane");
    if (!old) throw new Error("No pane.");
    const frame = old.cloneNode(false) as HTMLIFrameElement;
    frame.src = "taskpane.html";
    old.replaceWith(frame);
  });
  await workbench.paneReady();
}

it("checks the STLS record on opening, announces the verdict, and shows the first finding without scrolling", async () => {
  const workbench = await openPane("?doc=kent-stls-redesign-2022");
  // Nothing pressed: the pane checks when it opens.
  await workbench.waitForChecks(1);
  await expectFirstFindingInView(workbench, /^1 error — not ready for sign-off$/);
  const announced = workbench.verdict().getByRole("status");
  expect(await announced.getAttribute("aria-live")).toBe("polite");
  expect(await announced.textContent()).toContain("1 error — not ready for sign-off");
  expect(await workbench.ruleIds()).toEqual(["key-decision-answer"]);
});

it("after Insert template in an empty document, shows the first finding without scrolling, and the summary does not read as complete", async () => {
  const workbench = await openPane("?doc=empty");
  await workbench.waitForChecks(1);
  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText("Inserted 15 sections").waitFor();
  await workbench.waitForChecks(2);
  await expectFirstFindingInView(workbench, /^\d+ errors?, \d+ warnings? — not ready for sign-off$/);
  const sections = workbench.pane.getByRole("region", { name: "Summary" }).locator("dd").last();
  expect(await sections.textContent()).toMatch(/^4 of 15 complete · 11 empty/);
  expect(await workbench.pane.getByRole("region", { name: "Summary" }).locator("dd").first().textContent()).toBe("Not answered");
});

describe.each([
  ["underlines", ""],
  ["comments", "&word=2024"],
])("marks as %s", (_name, word) => {
  it("follow the text: after Mark then Fix on the key decision, no mark remains on its paragraph", async () => {
    const workbench = await openPane(`?doc=kent-stls-redesign-2022${word}`);
    await workbench.waitForChecks(1);
    const keyDecision = (await workbench.paragraphs()).findIndex((paragraph) => paragraph.text === "Key decision:");
    const marksOn = (index: number) => workbench.paragraph(index).locator("xpath=..").locator(".critique, .commented, aside.comment");

    await workbench.paneButton("Mark in document").click();
    await workbench.pane.getByText(/^Marked 1 finding/).waitFor();
    await marksOn(keyDecision).first().waitFor();

    await workbench.finding("key-decision-answer").getByRole("button", { name: /^Fix/ }).click();
    await workbench.pane.getByText("Changed “Key decision:” to “Key decision: YES”").waitFor();
    await workbench.finding("key-decision-notice").waitFor();
    // The reminder about the sum is marked where the sum is; the answered paragraph keeps no mark.
    const sum = (await workbench.paragraphs()).findIndex((paragraph) => paragraph.text.includes("£8.5m per annum"));
    await marksOn(sum).first().waitFor();
    expect(await workbench.paragraph(keyDecision).textContent()).toBe("Key decision: YES");
    expect(await marksOn(keyDecision).count()).toBe(0);
  });
});

it("remembers a dismissed finding in the document when the pane is closed and opened again", async () => {
  const workbench = await openPane("?doc=kent-send-strategy-2021");
  await workbench.waitForChecks(1);
  const numbering = workbench.finding("duplicate-numbering");
  await numbering.getByRole("button", { name: /^I've checked this/ }).click();
  await workbench.pane.getByRole("textbox", { name: /^Why/ }).fill("Renumbered in the signed copy");
  await workbench.paneButton("Dismiss").click();
  await numbering.waitFor({ state: "detached" });
  // The dates and the eleven section headings typed as plain lines remain.
  expect(await workbench.verdict().getByRole("heading", { level: 2 }).textContent()).toBe("12 warnings — not ready for sign-off");

  await reopenPane(workbench);
  await workbench.waitForChecks(1);
  await workbench.paneButton("Dismissed (1)").click();
  await workbench.pane.getByText("Checked: Renumbered in the signed copy").waitFor();
  expect((await workbench.ruleIds()).filter((id) => id !== "heading-style")).toEqual(["date-order"]);
});

it("gives one finding for “Key decision: NO” with £2.4m written as “£2.4m” and “£2,400,000”, whose Fix changes the answer to YES", async () => {
  const workbench = await openPane("?doc=empty");
  const record = kentRecord({
    decision: ["## Decision:", "I agree to spend £2.4m on the new depot."],
    reasons: ["## Reason(s) for decision:", "The £2,400,000 is met from the capital programme."],
  });
  await workbench.page.getByLabel("Open document").setInputFiles({ name: "depot.md", mimeType: "text/markdown", buffer: Buffer.from(record) });
  await workbench.document.getByText("I agree to spend £2.4m on the new depot.").waitFor();
  // A new document starts a new pane, which checks it on opening.
  await workbench.finding("key-decision-contradiction").waitFor();
  expect(await workbench.ruleIds()).toEqual(["key-decision-contradiction"]);
  const finding = workbench.finding("key-decision-contradiction");
  expect(await finding.textContent()).toContain("Fix: Change the answer to YES");
  await finding.getByRole("button", { name: /^Fix/ }).click();
  await workbench.pane.getByText("Changed the key-decision answer from “NO” to “YES”").waitFor();
  expect((await workbench.paragraphs()).map((paragraph) => paragraph.text)).toContain("Key decision: YES");
});

it("keeps focus in the pane after a Fix made with the keyboard", async () => {
  const workbench = await openPane("?doc=kent-stls-redesign-2022");
  await workbench.waitForChecks(1);
  await workbench.finding("key-decision-answer").getByRole("button", { name: /^Fix/ }).focus();
  await workbench.page.keyboard.press("Enter");
  await workbench.pane.getByText("Changed “Key decision:” to “Key decision: YES”").waitFor();
  await workbench.paneFrame().waitForFunction(() => document.activeElement?.tagName === "H2");
  expect(await workbench.page.evaluate(() => document.activeElement?.id)).toBe("pane");
  expect(await workbench.paneFrame().evaluate(() => document.activeElement?.textContent)).toMatch(/ready for sign-off/);
});

it("marks the findings as out of date when the document is edited with live check off", async () => {
  const workbench = await openPane("?doc=kent-stls-redesign-2022");
  await workbench.waitForChecks(1);
  expect(await workbench.pane.getByRole("switch", { name: "Live check" }).isChecked()).toBe(false);
  await workbench.clickAtEnd(0);
  await workbench.page.keyboard.type(" (draft)");
  await workbench.pane.getByRole("heading", { name: "Findings (out of date)" }).waitFor();
  await workbench.verdict().getByText("Out of date: the document changed after this check.").waitFor();
  expect(await workbench.checksDone()).toBe(1);
});

describe.each([
  ["light", false, "rgb(255, 255, 255)"],
  ["dark", true, "rgb(41, 41, 41)"],
])("in the %s theme, at 340 px", (theme, dark, background) => {
  it("shows a record with problems, then the same record ready for sign-off (README screenshots)", async () => {
    const workbench = await openPane("?doc=kent-stls-redesign-2022");
    await workbench.setDarkTheme(dark);
    await workbench.paneFrame().waitForFunction((expected) => getComputedStyle(document.querySelector("main")?.parentElement ?? document.body).backgroundColor === expected, background);
    await workbench.waitForChecks(1);
    await workbench.pane.getByRole("button", { name: "Why this matters: Key decision not answered" }).click();
    await workbench.paneScreenshot(`pane-problems-${theme}.png`);

    // Everything the pane can open, checked by axe-core with the theme's real colours.
    await workbench.pane.getByRole("button", { name: "Show the sections not complete" }).click();
    await workbench.paneButton("Settings").click();
    await workbench.pane.getByRole("combobox", { name: "Council profile" }).waitFor();
    await workbench.finding("key-decision-answer").getByRole("button", { name: /^I've checked this/ }).click();
    await workbench.pane.getByRole("textbox", { name: /^Why/ }).waitFor();
    expect(await axeViolations(workbench.paneFrame())).toEqual([]);
    await workbench.paneButton("Cancel").click();
    await workbench.paneButton("Settings").click();

    await workbench.finding("key-decision-answer").getByRole("button", { name: /^Fix/ }).click();
    await workbench.pane.getByRole("button", { name: /^Close: Changed/ }).click();
    await workbench.verdict().getByText("No problems found — ready for sign-off (1 reminder to read)").waitFor();
    await workbench.paneScreenshot(`pane-ready-${theme}.png`);

    await workbench.finding("key-decision-notice").getByRole("button", { name: /^I've checked this/ }).click();
    await workbench.paneButton("Dismiss").click();
    await workbench.paneButton("Dismissed (1)").click();
    await workbench.pane.getByRole("button", { name: /^Restore/ }).waitFor();
    expect(await axeViolations(workbench.paneFrame())).toEqual([]);
  });
});
