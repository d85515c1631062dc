/**
 * "Make all section headings real headings" in the workbench: the SEND record marks its sections with plain lines,
 * which screen readers and a PDF's outline cannot find; one click makes them Word headings and changes no text.
 */
import { workbenchSuite } from "./support/workbench";

jest.setTimeout(90_000);

const suite = workbenchSuite();

it("turns the SEND record's plain-line section headings into Word headings, text unchanged, and a new check finds none", async () => {
  const workbench = await suite.open("?doc=kent-send-strategy-2021");
  await workbench.waitForChecks(1);
  const verdict = () => workbench.verdict().getByRole("heading", { level: 2 }).textContent();
  // The dates, the repeated paragraph number and eleven plain-line headings.
  expect(await verdict()).toBe("13 warnings — not ready for sign-off");
  const before = await workbench.paragraphs();
  const checks = await workbench.checksDone();

  await workbench.paneButton("Make all section headings real headings").click();
  await workbench.waitForChecks(checks + 1);

  const after = await workbench.paragraphs();
  expect(after.map((paragraph) => paragraph.text)).toEqual(before.map((paragraph) => paragraph.text));
  const restyled = after.filter((paragraph, index) => paragraph.style !== before[index].style);
  expect(restyled.map((paragraph) => paragraph.text)).toContain("Decision:");
  expect(restyled.every((paragraph) => /^(Title|Heading[1-3])$/.test(paragraph.style))).toBe(true);
  expect(await verdict()).toBe("2 warnings — not ready for sign-off");
});
