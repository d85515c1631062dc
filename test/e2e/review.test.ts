/**
 * Reviewing in the workbench as colleagues do in Word: a comment on selected text, a tracked edit, a locked
 * content control, each shown as Word shows it.
 */
import { workbenchSuite, type WorkbenchPage } from "./support/workbench";

jest.setTimeout(60_000);

const suite = workbenchSuite();

/** Selects `length` characters from the start of a paragraph with the keyboard. */
async function selectFromStart(workbench: WorkbenchPage, index: number, length: number): Promise<void> {
  await workbench.paragraph(index).click();
  await workbench.page.keyboard.press("Home");
  for (let i = 0; i < length; i++) await workbench.page.keyboard.press("Shift+ArrowRight");
}

it("adds a comment on the selected text: the comment in the margin, its anchor in Word's text", async () => {
  const workbench = await suite.open("?doc=kent-send-strategy-2021");
  await selectFromStart(workbench, 2, "Sue Chandler".length);
  await workbench.page.getByLabel("Comment", { exact: true }).fill("Is the title current?");
  await workbench.page.getByRole("button", { name: "Comment on selection" }).click();

  const comment = workbench.document.getByRole("complementary", { name: "Comment by Reviewer" });
  await comment.getByText("Is the title current?").waitFor();
  await workbench.paragraph(2).locator(".comment-anchor").waitFor();
  // Word reports the anchor as a character of the paragraph, right after the commented text.
  expect((await workbench.paragraphs())[2]?.text).toBe("Sue Chandler\u0005, Cabinet member for Integrated Children's Services");
  expect(await workbench.paragraph(2).locator(".commented").textContent()).toBe("Sue Chandler");
});

it("makes a tracked edit with Track Changes on: the old text struck through, the new text underlined", async () => {
  const workbench = await suite.open("?doc=kent-send-strategy-2021");
  await workbench.page.getByRole("switch", { name: "Track changes" }).check();
  await selectFromStart(workbench, 2, "Sue Chandler".length);
  await workbench.page.keyboard.type("Jo Bloggs");

  await workbench.paragraph(2).locator("ins", { hasText: "Jo Bloggs" }).waitFor();
  expect(await workbench.paragraph(2).locator("del").allTextContents()).toEqual(["Sue Chandler"]);
  // Word keeps the deleted text in the paragraph's text while revisions show inline.
  expect((await workbench.paragraphs())[2]?.text).toBe("Sue ChandlerJo Bloggs, Cabinet member for Integrated Children's Services");

  await workbench.page.getByRole("button", { name: "Accept all changes" }).click();
  await workbench.paragraph(2).locator("del").waitFor({ state: "detached" });
  expect((await workbench.paragraphs())[2]?.text).toBe("Jo Bloggs, Cabinet member for Integrated Children's Services");
});

it("locks a content control from its label: shown as locked, and typing in it is refused", async () => {
  const workbench = await suite.open("?doc=empty");
  await workbench.paneButton("Insert template").click();
  const control = workbench.document.locator(".control").first();
  await control.waitFor();
  await control.locator(".control-lock-button").click();

  await control.getByText("Locked: contents cannot be edited").waitFor();
  expect(await control.evaluate((element) => element.classList.contains("locked"))).toBe(true);
  const paragraph = control.locator("p[data-index]").first();
  expect(await paragraph.getAttribute("contenteditable")).toBe("false");
  const before = await workbench.paragraphs();
  await paragraph.click();
  await workbench.page.keyboard.type("typed into a locked control");
  expect(await workbench.paragraphs()).toEqual(before);

  await control.locator(".control-lock-button").click();
  await control.getByText("Locked: contents cannot be edited").waitFor({ state: "detached" });
  expect(await paragraph.getAttribute("contenteditable")).toBe("plaintext-only");
});
