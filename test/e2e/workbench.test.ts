/**
 * The workbench itself: opening documents, the simulated Word versions and Track Changes, and editing in the
 * document view as in Word.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotFromText } from "../../src/core";
import { docxFromSnapshot } from "../cli/support/docx-from-snapshot";
import { writeZip } from "../cli/support/zip-writer";
import { workbenchSuite } from "./support/workbench";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MiB = 1024 * 1024;
const bulkyDocument = () => `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${"A".repeat(2 * MiB)}`;
/** Headers that claim more than the workbench will inflate (it stops before inflating anything). */
const declaresTooMuch = () => writeZip([{ name: "word/document.xml", data: bulkyDocument(), declaredSize: 100 * MiB }]);
/** Headers that claim 600 bytes for a part that inflates to megabytes. */
const liesAboutItsSize = () => writeZip([{ name: "word/document.xml", data: bulkyDocument(), declaredSize: 600 }]);

jest.setTimeout(60_000);

const suite = workbenchSuite();


describe("Open document", () => {
  it("opens a Markdown record in a fresh simulated Word and the pane checks it", async () => {
    const workbench = await suite.open("?doc=empty");
    const record = ["# Record of decision", "## Decision:", "I agree to spend £3m on new buses.", "## Key decision:", "NO"].join("\n");
    await workbench.page.getByLabel("Open document").setInputFiles({ name: "buses.md", mimeType: "text/markdown", buffer: Buffer.from(record) });

    await workbench.document.getByText("I agree to spend £3m on new buses.").waitFor();
    expect((await workbench.paragraphs()).slice(0, 2)).toEqual([
      { text: "Record of decision", style: "Heading1", tags: [] },
      { text: "Decision:", style: "Heading2", tags: [] },
    ]);
    expect(await workbench.page.getByLabel("Document", { exact: true }).inputValue()).toBe("file");
    await workbench.paneReady();
    await workbench.check();
    await workbench.finding("key-decision-contradiction").waitFor();
  });

  it("opens a .docx with rod-check's reader, its headings in Word's heading styles", async () => {
    const workbench = await suite.open("?doc=empty");
    const seed = snapshotFromText(readFileSync(join(__dirname, "..", "..", "src", "workbench", "records", "kent-stls-redesign-2022.md"), "utf8"));
    const docx = await docxFromSnapshot(seed);
    await workbench.page.getByLabel("Open document").setInputFiles({ name: "stls.docx", mimeType: DOCX_TYPE, buffer: docx });

    await workbench.document.getByText("£8.5m per annum", { exact: false }).waitFor();
    const paragraphs = await workbench.paragraphs();
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(seed.blocks.map((block) => block.text));
    expect(paragraphs.filter((paragraph) => paragraph.style.startsWith("Heading")).length).toBe(seed.blocks.filter((block) => block.outlineLevel).length);
    await workbench.paneReady();
    await workbench.check();
    await workbench.finding("key-decision-answer").waitFor();
  });

  it.each([
    ["a file that is not a zip archive", () => Buffer.from("This is not a Word document."), /it is not a Word \.docx file/],
    ["a zip bomb that declares its size", declaresTooMuch, /is too large to read safely/],
    ["a zip bomb that lies about its size", liesAboutItsSize, /a part unpacks to more than the archive declares/],
  ])("refuses %s with one line, and keeps the open document", async (_name, make, message) => {
    const workbench = await suite.open("?doc=kent-stls-redesign-2022");
    const before = await workbench.paragraphs();
    await workbench.page.getByLabel("Open document").setInputFiles({ name: "record.docx", mimeType: DOCX_TYPE, buffer: make() });
    await workbench.page.locator("#status").getByText(/^record\.docx was not opened: /).waitFor();
    expect(await workbench.page.locator("#status").textContent()).toMatch(message);
    expect(await workbench.paragraphs()).toEqual(before);
  });

  it("refuses a file that is not UTF-8 text", async () => {
    const workbench = await suite.open("?doc=empty");
    await workbench.page.getByLabel("Open document").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from([0xff, 0xfe, 0x41, 0x00, 0xc3]) });
    await workbench.page.locator("#status").getByText("notes.txt was not opened: it is not UTF-8 text.", { exact: false }).waitFor();
  });
});

it("says so when the address names no built-in document, and opens the default one", async () => {
  const workbench = await suite.open("?doc=no-such-record");
  await workbench.page.locator("#status").getByText(/no built-in document called "no-such-record"/).waitFor();
  await workbench.document.getByText("KENT COUNTY COUNCIL – PROPOSED RECORD OF DECISION").waitFor();
});

describe("simulated Word versions", () => {
  it("shows the pane's unsupported-version screen in Word 2016", async () => {
    const workbench = await suite.open("?doc=empty");
    await workbench.page.getByLabel("Word", { exact: true }).selectOption("2016");
    await workbench.pane.getByText(/too old for ROD Author/).waitFor();
    expect(new URL(workbench.page.url()).searchParams.get("word")).toBe("2016");
  });

  it("marks findings with comments where underlines fail (Word 2024 without a subscription)", async () => {
    const workbench = await suite.open("?doc=kent-stls-redesign-2022&word=2024");
    await workbench.check();
    await workbench.paneButton("Mark in document").click();
    await workbench.pane.getByText("Marked 1 finding with comments").waitFor();
    const comments = workbench.document.getByRole("complementary", { name: /^Comment by / });
    expect(await comments.count()).toBe(1);
    await workbench.paneButton("Clear marks").click();
    await comments.first().waitFor({ state: "detached" });
  });
});

it("shows an insertion made with Track Changes on as tracked, and the pane says so", async () => {
  const workbench = await suite.open("?doc=kent-send-strategy-2021");
  await workbench.page.getByRole("switch", { name: "Track changes" }).check();
  await workbench.paneButton("Insert template").click();
  await workbench.pane.getByText(/the insertion is tracked/).waitFor();
  expect(await workbench.document.locator(".inserted").count()).toBeGreaterThan(0);
});

describe("editing in the document view", () => {
  it("splits a paragraph with Enter and joins it back with Backspace", async () => {
    const workbench = await suite.open("?doc=kent-send-strategy-2021");
    const original = await workbench.paragraphs();
    await workbench.paragraph(2).click();
    await workbench.page.keyboard.press("Home");
    for (let i = 0; i < "Sue Chandler".length; i++) await workbench.page.keyboard.press("ArrowRight");
    await workbench.page.keyboard.press("Enter");
    await workbench.paragraph(3).filter({ hasText: /^, Cabinet member/ }).waitFor();
    const split = await workbench.paragraphs();
    expect(split.slice(2, 4)).toEqual([
      { text: "Sue Chandler", style: "Normal", tags: [] },
      { text: ", Cabinet member for Integrated Children's Services", style: "Normal", tags: [] },
    ]);
    expect(split).toHaveLength(original.length + 1);

    // The caret is at the start of the new paragraph: Backspace joins it back.
    await workbench.page.keyboard.press("Backspace");
    await workbench.paragraph(3).filter({ hasText: "DECISION NO:" }).waitFor();
    expect(await workbench.paragraphs()).toEqual(original);
  });

  it("pastes several lines as several paragraphs, with the caret after the last", async () => {
    const workbench = await suite.open("?doc=kent-send-strategy-2021");
    await workbench.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.url() });
    const original = await workbench.paragraphs();
    await workbench.clickAtEnd(2);
    await workbench.page.evaluate(() => navigator.clipboard.writeText(" (acting)\nSecond line\nThird line"));
    await workbench.page.keyboard.press("Control+V");
    await workbench.page.keyboard.type(".");
    await workbench.paragraph(4).filter({ hasText: "Third line." }).waitFor();
    expect((await workbench.paragraphs()).map((paragraph) => paragraph.text)).toEqual([
      ...original.slice(0, 2).map((paragraph) => paragraph.text),
      `${original[2]?.text} (acting)`,
      "Second line",
      "Third line.",
      ...original.slice(3).map((paragraph) => paragraph.text),
    ]);
  });

  it("re-checks on the officer's edits with live check on, as Word's paragraph events arrive", async () => {
    const workbench = await suite.open("?doc=kent-stls-redesign-2022");
    await workbench.pane.getByRole("switch", { name: "Live check" }).check();
    const answer = workbench.finding("key-decision-answer");
    await answer.waitFor();
    await workbench.clickAtEnd(7);
    await workbench.page.keyboard.type(" NO");
    await answer.waitFor({ state: "detached" });
    // Saying NO to a sum over the threshold is now the error.
    await workbench.finding("key-decision-contradiction").getByText(/says this is not a key decision/).waitFor();
  });
});
