/**
 * Scenario 6: every request the workbench and the pane make, through a whole session of work, stays on this
 * computer. (Every other browser test checks the same after each test.)
 */
import { WorkbenchSession, type WorkbenchPage } from "./support/workbench";

jest.setTimeout(60_000);

let session: WorkbenchSession;
let workbench: WorkbenchPage | undefined;

beforeAll(async () => {
  session = await WorkbenchSession.start();
});
afterAll(async () => {
  await workbench?.close();
  await session?.close();
});

it("makes no request that leaves localhost while documents are opened, checked, marked and fixed", async () => {
  workbench = await session.open("?doc=empty");
  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText(/^Inserted/).waitFor();
  await workbench.check();

  await workbench.page.getByLabel("Document", { exact: true }).selectOption("kent-stls-redesign-2022");
  await workbench.paneReady();
  await workbench.check();
  await workbench.paneButton("Mark in document").click();
  await workbench.pane.getByText(/^Marked/).waitFor();
  await workbench.finding("key-decision-answer").getByRole("button", { name: /^Fix/ }).click();
  await workbench.pane.getByText(/^Changed /).waitFor();
  await workbench.paneButton("Clear marks").click();
  await workbench.pane.getByText(/^Removed/).waitFor();
  await workbench.setDarkTheme(true);
  await workbench.paneButton("Settings").click();
  await workbench.pane.getByRole("combobox", { name: "Council profile" }).selectOption({ index: 1 });
  await workbench.pane.getByRole("button", { name: /^Check against / }).click();
  await workbench.paneButton("Check document").click();

  const origin = new URL(session.server.url).origin;
  // The page, the pane's frame and their scripts were all fetched, and only from the workbench's own server.
  expect(workbench.requests).toEqual(expect.arrayContaining([`${origin}/?doc=empty`, `${origin}/workbench.js`, `${origin}/taskpane.html`, `${origin}/office-shim.js`, `${origin}/taskpane.js`]));
  expect(workbench.requestsLeavingLocalhost()).toEqual([]);
  expect(workbench.pageErrors).toEqual([]);
});
