import { checkDocument } from "../../src/core";
import type { Finding } from "../../src/core/report";
import { COMMENT_PREFIX } from "../../src/word/marks";
import { createFakeOffice, type FakeOfficeOptions } from "../../src/fake-word";
import { fakeWith, hostOn, seedSnapshot } from "./helpers";

const text = "We will spend £2.4m in 2025 and £2.4m in 2026.";
const second = text.lastIndexOf("£2.4m");

function finding(start: number, length: number, severity: Finding["severity"] = "warning", block = 1): Finding {
  return {
    ruleId: "key-decision-threshold",
    severity,
    message: "This spend is over the key-decision threshold.",
    location: { block, start, length, text: text.slice(start, start + length) },
  };
}

function fakeDocument(options: FakeOfficeOptions = {}) {
  return createFakeOffice({ ...options, content: [{ text: "Decision:", styleBuiltIn: "Heading2" }, { text }] });
}

describe("marking findings in the document", () => {
  it("underlines each finding's text with a critique where annotations work, coloured by severity", async () => {
    const fake = fakeDocument();
    const host = hostOn(fake);
    expect(await host.mark([finding(second, 5, "error"), finding(0, 7, "info")])).toEqual({ method: "annotations", count: 2 });
    expect(fake.document.annotations()).toEqual([
      expect.objectContaining({ paragraph: 1, start: second, length: 5, text: "£2.4m", colorScheme: "Red" }),
      expect.objectContaining({ paragraph: 1, start: 0, length: 7, text: "We will", colorScheme: "Blue" }),
    ]);
    expect(fake.document.comments()).toEqual([]);
  });

  it("falls back to comments when Word refuses critiques, says so, and stops offering them", async () => {
    const fake = fakeDocument({ annotationsFail: true });
    const host = hostOn(fake);
    expect(host.capabilities.annotations).toBe(true);
    const result = await host.mark([finding(second, 5)]);
    expect(result).toEqual({ method: "comments", count: 1, note: expect.stringContaining("Microsoft 365") });
    expect(host.capabilities.annotations).toBe(false);
    expect(fake.document.comments()).toEqual([
      expect.objectContaining({ content: `${COMMENT_PREFIX}This spend is over the key-decision threshold.`, text: "£2.4m", start: { paragraph: 1, offset: second } }),
    ]);
    expect(await host.mark([finding(second, 5)])).toEqual({ method: "comments", count: 1 });
  });

  it.each(["1.4", "1.5", "1.6"])("comments on the finding's text on WordApi %s", async (version) => {
    const fake = fakeDocument({ supportedSets: { WordApi: version } });
    expect(await hostOn(fake).mark([finding(second, 5)])).toEqual({ method: "comments", count: 1 });
    expect(fake.document.comments().map((comment) => comment.text)).toEqual(["£2.4m"]);
  });

  it("marks nothing on WordApi 1.3 and explains that the pane lists the findings", async () => {
    const fake = fakeDocument({ supportedSets: { WordApi: "1.3" } });
    const result = await hostOn(fake).mark([finding(second, 5)]);
    expect(result).toEqual({ method: "none", count: 0, note: expect.stringContaining("listed in the pane") });
    expect(fake.document.syncCount).toBe(0);
  });

  it("comments on the whole paragraph for a finding with no span, and skips findings whose text changed or has no place", async () => {
    const fake = fakeDocument({ supportedSets: { WordApi: "1.4" } });
    const stale: Finding = { ...finding(0, 2), location: { block: 1, start: 0, length: 2, text: "No" } };
    const placeless: Finding = { ruleId: "required-section", severity: "error", message: "Missing." };
    expect(await hostOn(fake).mark([finding(0, 0), stale, placeless])).toEqual({ method: "comments", count: 1 });
    expect(fake.document.comments().map((comment) => comment.text)).toEqual([text]);
  });

  it("marks the seed's findings with comments", async () => {
    const snapshot = seedSnapshot("kent-stls-redesign-2022.md");
    const findings = checkDocument(snapshot).findings.filter((candidate) => candidate.location);
    const fake = fakeWith(snapshot, { supportedSets: { WordApi: "1.4" } });
    expect(await hostOn(fake).mark(findings)).toEqual({ method: "comments", count: findings.length });
    expect(fake.document.comments().map((comment) => comment.text)).toEqual(findings.map((candidate) => candidate.location!.text));
  });

  it("replaces its earlier marks instead of piling them up", async () => {
    const fake = fakeDocument({ supportedSets: { WordApi: "1.4" } });
    const host = hostOn(fake);
    await host.mark([finding(second, 5)]);
    await host.mark([finding(second, 5)]);
    expect(fake.document.comments()).toHaveLength(1);
  });

  describe("Clear marks", () => {
    it("removes only its own comments, all in one go", async () => {
      const fake = fakeDocument({ supportedSets: { WordApi: "1.4" } });
      const host = hostOn(fake);
      await fake.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange().insertComment("A colleague's comment");
        await context.sync();
      });
      await host.mark([finding(second, 5), finding(0, 7)]);
      expect(fake.document.comments()).toHaveLength(3);
      fake.document.resetSyncCount();
      expect(await host.clearMarks()).toBe(2);
      expect(fake.document.comments().map((comment) => comment.content)).toEqual(["A colleague's comment"]);
      expect(fake.document.syncCount).toBe(2);
    });

    it("removes its critiques and any comment of ours, even one left by an earlier session", async () => {
      const fake = fakeDocument();
      await hostOn(fake).mark([finding(0, 7)]);
      const host = hostOn(fake);
      await host.mark([finding(second, 5), finding(0, 7)]);
      await fake.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().getRange().insertComment(`${COMMENT_PREFIX}left over`);
        await context.sync();
      });
      expect(fake.document.annotations()).toHaveLength(3);
      expect(await host.clearMarks()).toBe(3);
      expect(fake.document.annotations()).toHaveLength(1);
      expect(fake.document.comments()).toEqual([]);
    });

    it("has nothing to do on WordApi 1.3", async () => {
      const fake = fakeDocument({ supportedSets: { WordApi: "1.3" } });
      expect(await hostOn(fake).clearMarks()).toBe(0);
      expect(fake.document.syncCount).toBe(0);
    });
  });
});
