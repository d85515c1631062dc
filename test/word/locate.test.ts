import { checkDocument } from "../../src/core";
import type { Finding, Location } from "../../src/core/report";
import { escapeSearchText, occurrenceIndex, planSearch } from "../../src/word/text-search";
import { createFakeOffice } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot } from "./helpers";

function findingAt(block: number, paragraphText: string, start: number, length: number): Finding {
  const location: Location = { block, start, length, text: paragraphText.slice(start, start + length) };
  return { ruleId: "test", severity: "warning", message: "A finding.", location };
}

describe("Go to", () => {
  it("selects a finding's text in the seed: the spend over the threshold", async () => {
    const snapshot = seedSnapshot("kent-stls-redesign-2022.md");
    // The unanswered key-decision finding lists the sum over the threshold; the pane goes to it as to a finding.
    const answer = checkDocument(snapshot).findings.find((candidate) => candidate.ruleId === "key-decision-answer")!;
    const finding = { ...answer, location: (answer.data!.sums as { location: Location }[])[0].location };
    const fake = fakeWith(snapshot);
    expect(await hostOn(fake).locate(finding)).toEqual({ selected: "text" });
    expect(fake.document.selection()).toMatchObject({
      text: "£8.5m per annum",
      start: { paragraph: finding.location!.block, offset: finding.location!.start },
    });
  });

  it("selects the right one of a repeated snippet", async () => {
    const text = "£1m now, £1m next year and £1m after that.";
    const fake = createFakeOffice({ content: [{ text: "Heading" }, { text }] });
    const third = text.lastIndexOf("£1m");
    expect(await hostOn(fake).locate(findingAt(1, text, third, 3))).toEqual({ selected: "text" });
    expect(fake.document.selection()).toMatchObject({ text: "£1m", start: { paragraph: 1, offset: third } });
  });

  it("selects text longer than Word's 255-character search limit, even when its head repeats", async () => {
    const head = "The Council will spend the money as follows. ";
    const long = `${head}${"Each school receives a share of the fund according to its roll. ".repeat(6)}Nothing else.`;
    const text = `${head}Intro. ${long}`;
    const start = text.lastIndexOf(head);
    const fake = createFakeOffice({ content: [{ text }] });
    expect(long.length).toBeGreaterThan(255);
    expect(await hostOn(fake).locate(findingAt(0, text, start, long.length))).toEqual({ selected: "text" });
    expect(fake.document.selection()).toMatchObject({ text: long, start: { paragraph: 0, offset: start } });
  });

  it("finds text with a caret, which Word would otherwise read as a special code", async () => {
    const text = "See note ^p and ^^ here";
    const fake = createFakeOffice({ content: [{ text }] });
    expect(await hostOn(fake).locate(findingAt(0, text, 9, 2))).toEqual({ selected: "text" });
    expect(fake.document.selection().text).toBe("^p");
  });

  it("selects the paragraph, and says why, when the text changed since the check", async () => {
    const text = "Key decision: YES";
    const fake = createFakeOffice({ content: [{ text }] });
    const finding = findingAt(0, text, 14, 3);
    fake.document.setParagraphText(0, "Key decision: NO");
    const result = await hostOn(fake).locate(finding);
    expect(result).toEqual({ selected: "paragraph", reason: expect.stringContaining("changed since the check") });
    expect(fake.document.selection().text).toBe("Key decision: NO");
  });

  it("selects the paragraph when the text overlaps an earlier match that Word's search would return instead", async () => {
    const text = "aaa";
    const fake = createFakeOffice({ content: [{ text }] });
    const result = await hostOn(fake).locate(findingAt(0, text, 1, 2));
    expect(result.selected).toBe("paragraph");
    expect(fake.document.selection().text).toBe("aaa");
  });

  it("selects nothing when the paragraph has gone or the finding has no place", async () => {
    const fake = createFakeOffice({ content: [{ text: "Only" }] });
    const host = hostOn(fake);
    expect(await host.locate(findingAt(5, "Gone text", 0, 4))).toEqual({ selected: "none", reason: expect.stringContaining("no longer") });
    expect(await host.locate({ ruleId: "required-section", severity: "error", message: "Missing." })).toMatchObject({ selected: "none" });
  });

  it("costs two syncs and writes nothing", async () => {
    const text = "£1m now";
    const fake = createFakeOffice({ content: [{ text }] });
    await hostOn(fake).locate(findingAt(0, text, 0, 3));
    expect(fake.document.syncCount).toBe(2);
    expect(fake.document.texts()).toEqual([text]);
  });
});

describe("planning a search", () => {
  it.each([
    ["a^b", "a^^b"],
    ["^^", "^^^^"],
    ["plain", "plain"],
  ])("escapes %p as %p", (text, escaped) => {
    expect(escapeSearchText(text)).toBe(escaped);
  });

  it.each([
    ["£1m and £1m", "£1m", 8, 1],
    ["£1m and £1m", "£1m", 0, 0],
    ["aaaa", "aa", 2, 1],
    ["aaaa", "aa", 1, undefined],
    ["abc", "x", 0, undefined],
  ])("in %p, %p at %p is match number %p", (text, needle, start, expected) => {
    expect(occurrenceIndex(text, needle, start)).toBe(expected);
  });

  it("keeps head and tail within the limit after escaping carets", () => {
    const text = "^".repeat(200) + "x".repeat(200);
    const plan = planSearch(text, [{ start: 0, end: text.length }]);
    expect(plan?.kind).toBe("head-tail");
    if (plan?.kind !== "head-tail") return;
    expect(escapeSearchText(plan.head.text).length).toBeLessThanOrEqual(255);
    expect(escapeSearchText(plan.tail.text).length).toBeLessThanOrEqual(255);
    expect(plan.head.text).toBe("^".repeat(127));
    expect(plan.tail.text).toBe("^".repeat(27) + "x".repeat(200));
  });
});
