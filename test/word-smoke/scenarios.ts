/**
 * The key scenarios, run inside real Word by `npm run test:word` (and on the simulated Word by
 * test/word/smoke-scenarios.test.ts, so the suite itself is known to work). Each starts from an emptied
 * document, builds the record it needs through Office.js as an officer or a reviewer would, and drives the
 * same Word layer the pane uses. Results carry names and reasons only, never document text beyond the
 * scenario's own sample lines.
 */
import { checkDocument, defaultProfile } from "../../src/core";
import type { Finding } from "../../src/core/report";
import type { OfficeApi } from "../../src/word/office-api";
import { OfficeDocumentHost } from "../../src/word/office-document-host";

export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Why it failed (the first expectation that did not hold). */
  reason?: string;
}

export interface Scenario {
  name: string;
  run(api: OfficeApi, platform: string): Promise<void>;
}

class Unmet extends Error {}

function expect(condition: boolean, reason: string): asserts condition {
  if (!condition) throw new Unmet(reason);
}

const KEY_DECISION = "Key decision:";
const CONSULTATION = "A public consultation ran from 3rd December 2020 and closed on 4th February 2020.";
const DATES = "3rd December 2020 and closed on 4th February 2020";

/** A short record: the key decision unanswered (the spend is over Kent's threshold) and dates out of order. */
const RECORD: { text: string; style: Word.BuiltInStyleName | "Heading2" | "Normal" }[] = [
  { text: KEY_DECISION, style: "Heading2" },
  { text: "We will spend £2,400,000 on the new service.", style: "Normal" },
  { text: "Decision:", style: "Heading2" },
  { text: CONSULTATION, style: "Normal" },
];

/** Empties the document (Word keeps one empty paragraph) and switches Track Changes off. */
async function emptyDocument(api: OfficeApi): Promise<void> {
  await api.Word.run(async (context) => {
    context.document.changeTrackingMode = "Off";
    const paragraphs = context.document.body.paragraphs.load("items");
    await context.sync();
    paragraphs.items.slice(1).forEach((paragraph) => paragraph.delete());
    paragraphs.items[0]?.insertText("", "Replace");
    await context.sync();
  });
}

async function writeRecord(api: OfficeApi): Promise<void> {
  await emptyDocument(api);
  await api.Word.run(async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    first.insertText(RECORD[0]!.text, "Replace");
    first.styleBuiltIn = RECORD[0]!.style as Word.BuiltInStyleName;
    let previous = first;
    for (const line of RECORD.slice(1)) {
      previous = previous.insertParagraph(line.text, "After");
      previous.styleBuiltIn = line.style as Word.BuiltInStyleName;
    }
    await context.sync();
  });
}

/** A colleague's comment on the first occurrence of `text`. */
async function commentOn(api: OfficeApi, text: string, content: string): Promise<void> {
  await api.Word.run(async (context) => {
    const found = context.document.body.search(text, { matchCase: true }).getFirst();
    found.insertComment(content);
    await context.sync();
  });
}

/** Word's text of paragraph `index`, comment anchors and all. */
async function wordText(api: OfficeApi, index: number): Promise<string> {
  return api.Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load("items/text");
    await context.sync();
    return paragraphs.items[index]?.text ?? "";
  });
}

function findingOf(findings: Finding[], ruleId: string): Finding {
  const found = findings.find((finding) => finding.ruleId === ruleId);
  expect(found !== undefined, `The check did not report ${ruleId}; it reported ${findings.map((finding) => finding.ruleId).join(", ") || "nothing"}.`);
  return found;
}

function hostFor(api: OfficeApi, platform: string): OfficeDocumentHost {
  return new OfficeDocumentHost(api, { focusSource: undefined, platform });
}

export const SCENARIOS: Scenario[] = [
  {
    name: "Insert template into an empty document, then check: no section missing",
    async run(api, platform) {
      await emptyDocument(api);
      const host = hostFor(api, platform);
      const inserted = await host.insertTemplate(defaultProfile);
      expect(inserted.inserted.length === defaultProfile.sections.length, `Inserted ${inserted.inserted.length} sections, expected ${defaultProfile.sections.length}.`);
      const missing = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.ruleId === "required-section");
      expect(missing.length === 0, `${missing.length} sections reported missing after inserting the template.`);
    },
  },
  {
    name: "Check a record with a comment inside a paragraph: date-order still found, no control character read",
    async run(api, platform) {
      await writeRecord(api);
      await commentOn(api, "public consultation", "Which consultation?");
      const raw = await wordText(api, 3);
      const host = hostFor(api, platform);
      const snapshot = await host.readSnapshot();
      expect(snapshot.blocks[3]?.text === CONSULTATION, `Paragraph 4 was read as ${JSON.stringify(snapshot.blocks[3]?.text)} (Word's text has ${raw.length - CONSULTATION.length} extra characters).`);
      findingOf(checkDocument(snapshot).findings, "date-order");
    },
  },
  {
    name: "Go to selects exactly the dates, past a comment anchor",
    async run(api, platform) {
      await writeRecord(api);
      await commentOn(api, "closed", "Closed when?");
      const host = hostFor(api, platform);
      const dates = findingOf(checkDocument(await host.readSnapshot()).findings, "date-order");
      const result = await host.locate(dates);
      expect(result.selected === "text", `Go to selected ${result.selected}${"reason" in result ? `: ${result.reason}` : ""}.`);
      const selected = await api.Word.run(async (context) => {
        const selection = context.document.getSelection().load("text");
        await context.sync();
        return selection.text.replace(/[\x00-\x08\x0e-\x1f]/g, "");
      });
      expect(selected === DATES, `Go to selected ${JSON.stringify(selected)}.`);
    },
  },
  {
    name: "Fix the key-decision answer with a comment on the heading: “ YES” added, comment kept",
    async run(api, platform) {
      await writeRecord(api);
      await commentOn(api, KEY_DECISION, "Is it key?");
      const host = hostFor(api, platform);
      const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
      const result = await host.applyFix(fix, defaultProfile);
      expect(result.applied, `The fix was refused: ${"reason" in result ? result.reason : ""}`);
      const after = await wordText(api, 0);
      expect(after.replace(/\x05/g, "") === "Key decision: YES", `The heading now reads ${JSON.stringify(after)}.`);
      const comments = await api.Word.run(async (context) => {
        const list = context.document.body.getComments().load("items/content");
        await context.sync();
        return list.items.map((comment) => comment.content);
      });
      expect(comments.includes("Is it key?"), "The colleague's comment is gone.");
      expect(checkDocument(await host.readSnapshot()).summary.keyDecision.answer === "yes", "The next check does not read the answer as YES.");
    },
  },
  {
    name: "Fix with Track Changes on, then check: answered once, nothing doubled",
    async run(api, platform) {
      await writeRecord(api);
      await api.Word.run(async (context) => {
        context.document.changeTrackingMode = "TrackAll";
        await context.sync();
      });
      const host = hostFor(api, platform);
      const fix = findingOf(checkDocument(await host.readSnapshot()).findings, "key-decision-answer");
      const result = await host.applyFix(fix, defaultProfile);
      expect(result.applied, `The fix was refused: ${"reason" in result ? result.reason : ""}`);
      const snapshot = await host.readSnapshot();
      expect(snapshot.blocks[0]?.text === "Key decision: YES", `The heading was read as ${JSON.stringify(snapshot.blocks[0]?.text)}.`);
      expect(checkDocument(snapshot).summary.keyDecision.answer === "yes", "The next check does not read the answer as YES.");
    },
  },
  {
    name: "A tracked replacement of the closing date is checked as accepted: date-order goes",
    async run(api, platform) {
      await writeRecord(api);
      await api.Word.run(async (context) => {
        context.document.changeTrackingMode = "TrackAll";
        context.document.body.search("4th February 2020", { matchCase: true }).getFirst().insertText("4th February 2021", "Replace");
        await context.sync();
        context.document.changeTrackingMode = "Off";
        await context.sync();
      });
      const findings = checkDocument(await hostFor(api, platform).readSnapshot()).findings;
      expect(!findings.some((finding) => finding.ruleId === "date-order"), "date-order is still reported after the tracked replacement.");
    },
  },
  {
    name: "Mark the findings, mark again, then Clear marks: every mark removed",
    async run(api, platform) {
      await writeRecord(api);
      const host = hostFor(api, platform);
      const findings = checkDocument(await host.readSnapshot()).findings.filter((finding) => finding.location);
      const first = await host.mark(findings);
      expect(first.count > 0, `Nothing was marked: ${first.note ?? first.method}.`);
      const second = await host.mark(findings);
      expect(second.count === first.count && !second.notRemoved, `Marking again gave ${second.count} marks, ${second.notRemoved ?? 0} left over.`);
      const cleared = await host.removeMarks();
      expect(cleared.notRemoved === 0 && cleared.removed === second.count, `Clear marks removed ${cleared.removed}, left ${cleared.notRemoved}.`);
    },
  },
];

/** Runs every scenario, one after another, whatever the others did. */
export async function runScenarios(api: OfficeApi, platform: string, scenarios: Scenario[] = SCENARIOS): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    try {
      await scenario.run(api, platform);
      results.push({ name: scenario.name, passed: true });
    } catch (error) {
      results.push({ name: scenario.name, passed: false, reason: error instanceof Error ? `${error instanceof Unmet ? "" : "Error: "}${error.message}` : String(error) });
    }
  }
  return results;
}
