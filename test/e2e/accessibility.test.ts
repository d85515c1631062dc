/**
 * Scenario 5: the pane (and the workbench around it) has no axe-core violations in Office's light and dark
 * themes, and the keyboard alone reaches and works every control in the pane.
 */
import { axeViolations } from "./support/axe";
import { workbenchSuite, type WorkbenchPage } from "./support/workbench";

jest.setTimeout(90_000);

const suite = workbenchSuite();

/** The pane's background once Fluent's theme is applied: #ffffff light, #292929 dark. */
async function paneBackground(workbench: WorkbenchPage): Promise<string> {
  return workbench.paneFrame().evaluate(() => getComputedStyle(document.querySelector("main")?.parentElement ?? document.body).backgroundColor);
}

describe.each([
  ["light", false, "rgb(255, 255, 255)"],
  ["dark", true, "rgb(41, 41, 41)"],
])("in the %s theme", (_name, dark, background) => {
  it("has no axe-core violations in the pane with findings shown, nor in the workbench page", async () => {
    const workbench = await suite.open("?doc=kent-stls-redesign-2022");
    await workbench.setDarkTheme(dark);
    await workbench.check();
    await workbench.paneButton("Mark in document").click();
    await workbench.pane.getByText(/^Marked/).waitFor();
    await workbench.paneFrame().waitForFunction((expected) => getComputedStyle(document.querySelector("main")?.parentElement ?? document.body).backgroundColor === expected, background);
    expect(await paneBackground(workbench)).toBe(background);

    expect(await axeViolations(workbench.paneFrame())).toEqual([]);
    expect(await axeViolations(workbench.page.mainFrame(), ["#pane"])).toEqual([]);
  });
});

/** What has focus: in the workbench page, or inside the pane's frame. */
async function focused(workbench: WorkbenchPage): Promise<{ inPane: boolean; key: string }> {
  const inPane = await workbench.page.evaluate(() => document.activeElement?.id === "pane");
  if (!inPane) {
    return { inPane, key: await workbench.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? "") };
  }
  return { inPane, key: await workbench.paneFrame().evaluate(() => document.activeElement?.getAttribute("data-e2e-control") ?? "") };
}

it("reaches every control in the pane with Tab alone, and works them with Enter and Space", async () => {
  const workbench = await suite.open("?doc=kent-stls-redesign-2022");
  const frame = workbench.paneFrame();
  const keyboard = workbench.page.keyboard;

  // Tabs until the pane's focused control has an accessible name matching `name`.
  const tabTo = async (name: RegExp) => {
    for (let presses = 0; presses < 60; presses++) {
      await keyboard.press("Tab");
      if (!(await focused(workbench as WorkbenchPage)).inPane) continue;
      const label = await frame.evaluate(() => {
        const active = document.activeElement as HTMLInputElement | null;
        return active?.getAttribute("aria-label") ?? active?.labels?.[0]?.textContent ?? active?.textContent ?? "";
      });
      if (name.test(label.trim())) return;
    }
    throw new Error(`Tab never reached a control named ${name} in the pane.`);
  };

  // Enter on Check document, reached by Tab from the top of the page.
  await tabTo(/^Check document$/);
  await keyboard.press("Enter");
  await workbench.findings().waitFor();

  // Every control now on screen, labelled so the walk below can tell which it has reached.
  const controls = await frame.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]:not([tabindex='-1'])");
    return [...candidates]
      .filter((element) => element.getClientRects().length > 0)
      .map((element, index) => {
        element.dataset.e2eControl = String(index);
        return `${index}: ${element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.tagName}`;
      });
  });
  expect(controls.length).toBeGreaterThanOrEqual(9);

  const reached = new Set<string>();
  for (let presses = 0; presses < 120 && reached.size < controls.length; presses++) {
    await keyboard.press("Tab");
    const now = await focused(workbench);
    if (now.inPane && now.key !== "") reached.add(now.key);
  }
  expect(controls.filter((_, index) => !reached.has(String(index)))).toEqual([]);

  // Space flips the live-check switch; Enter on Go to selects the finding's text in the document.
  await tabTo(/^Live check$/);
  await keyboard.press("Space");
  expect(await workbench.pane.getByRole("switch", { name: "Live check" }).isChecked()).toBe(true);
  await tabTo(/^Go to: /);
  await keyboard.press("Enter");
  await workbench.selection().first().waitFor();
});
