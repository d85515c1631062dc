import fc from "fast-check";
import { checkDocument, defaultProfile } from "../../src/core";
import { watchDocumentChanges } from "../../src/word/change-events";
import { IncrementalReader, type ReadCost } from "../../src/word/incremental-read";
import { OwnEdits } from "../../src/word/own-edits";
import { readDocument } from "../../src/word/read-snapshot";
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from "../../src/fake-word";
import type { ContentInit } from "../../src/fake-word/model";
import { hostOn } from "./helpers";

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A short record with a control, a list, a table, a comment and a tracked replacement. */
const CONTENT: ContentInit[] = [
  { text: "Decision:", styleBuiltIn: "Heading2" },
  { control: { tag: "rod:decision", title: "Decision" }, paragraphs: [{ text: "I agree to the redesign." }, { text: "It starts in 2022." }] },
  { text: "Reasons:", styleBuiltIn: "Heading2", bold: true },
  { text: "The budget is £2m per annum.", isListItem: true, comments: [{ start: 4, length: 6, content: "Which budget?" }] },
  { text: "Demand rose in 20202021.", tableNestingLevel: 1, revisions: [{ start: 15, length: 4, type: "Deleted" }, { start: 19, length: 4, type: "Added" }] },
  { text: "Consultation ran for eight weeks." },
];

/** What a full read gives now, through a context of its own. */
async function fullRead(fake: FakeOffice, reviewedText: boolean) {
  return fake.Word.run((context) => readDocument(context, { reviewedText }));
}

function liveHost(options: FakeOfficeOptions = {}) {
  const fake = createFakeOffice({ content: CONTENT, ...options });
  const costs: ReadCost[] = [];
  const focus = new EventTarget();
  const host = hostOn(fake, {
    debounceMs: 0,
    ownEditGraceMs: 500,
    onRead: (cost) => costs.push(cost),
    focusSource: (callback) => {
      focus.addEventListener("focus", callback);
      return () => focus.removeEventListener("focus", callback);
    },
  });
  const unsubscribe = host.onDocumentChanged(() => undefined);
  return { fake, host, costs, unsubscribe, regainFocus: () => focus.dispatchEvent(new Event("focus")) };
}

type Edit = (fake: FakeOffice) => void | Promise<void>;

const at = (fake: FakeOffice, n: number) => n % fake.document.paragraphs().length;
const textOf = (fake: FakeOffice, paragraph: number) => fake.document.texts()[paragraph] as string;
const offset = (fake: FakeOffice, paragraph: number, n: number) => n % (textOf(fake, paragraph).length + 1);
const source = (remote: boolean) => ({ source: remote ? ("Remote" as const) : ("Local" as const) });

const word = fc.constantFrom("£1.5m", "agree", "2021/22", " ", "Key decision: YES", "Reasons:", "");
const remote = fc.boolean();

/** The officer, a co-author and a reviewer at work: every kind of edit the fake can make as a user. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat(), word, remote).map(([p, o, text, r]): Edit => (fake) => {
    const paragraph = at(fake, p);
    fake.document.typeText(paragraph, text, { at: offset(fake, paragraph, o), ...source(r) });
  }),
  fc.tuple(fc.nat(), word, remote).map(([p, text, r]): Edit => (fake) => fake.document.setParagraphText(at(fake, p), text, source(r))),
  fc.tuple(fc.nat(), word, fc.boolean(), remote).map(([p, text, heading, r]): Edit => (fake) =>
    fake.document.insertParagraphAfter(at(fake, p), text, heading ? { styleBuiltIn: "Heading2" } : {}, source(r)),
  ),
  fc.tuple(fc.nat(), fc.nat(), remote).map(([p, o, r]): Edit => (fake) => {
    const paragraph = at(fake, p);
    fake.document.splitParagraph(paragraph, offset(fake, paragraph, o), source(r));
  }),
  // Joining: the next paragraph's text moves up and its paragraph goes.
  fc.tuple(fc.nat(), remote).map(([p, r]): Edit => (fake) => {
    const paragraph = at(fake, p);
    if (paragraph + 1 >= fake.document.paragraphs().length) return;
    fake.document.setParagraphText(paragraph, textOf(fake, paragraph) + textOf(fake, paragraph + 1), source(r));
    fake.document.deleteParagraph(paragraph + 1, source(r));
  }),
  fc.tuple(fc.nat(), remote).map(([p, r]): Edit => (fake) => fake.document.deleteParagraph(at(fake, p), source(r))),
  fc.tuple(fc.nat(), fc.constantFrom("Heading2", "Normal", "Heading1")).map(([p, style]): Edit => (fake) => fake.document.setParagraphStyle(at(fake, p), style)),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 6 }), word).map(([p, o, length, text]): Edit => (fake) => {
    const paragraph = at(fake, p);
    const start = offset(fake, paragraph, o);
    fake.document.trackedReplace(paragraph, start, Math.min(length, textOf(fake, paragraph).length - start), text || "x", { author: "Reviewer" });
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 6 })).map(([p, o, length]): Edit => (fake) => {
    const paragraph = at(fake, p);
    const start = offset(fake, paragraph, o);
    const span = Math.min(length, textOf(fake, paragraph).length - start);
    if (span > 0) fake.document.trackedDelete(paragraph, start, span, { author: "Reviewer" });
  }),
  fc.tuple(fc.nat(), fc.boolean()).map(([n, accept]): Edit => (fake) => {
    const revisions = fake.document.revisions();
    const revision = revisions[n % Math.max(1, revisions.length)];
    if (!revision) return;
    if (accept) fake.document.acceptRevision(revision.id);
    else fake.document.rejectRevision(revision.id);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 5 })).map(([p, o, length]): Edit => (fake) => {
    const paragraph = at(fake, p);
    const start = offset(fake, paragraph, o);
    fake.document.addComment(paragraph, start, Math.min(length, textOf(fake, paragraph).length - start), "Check this");
  }),
  fc.nat().map((n): Edit => (fake) => {
    const comments = fake.document.comments();
    const comment = comments[n % Math.max(1, comments.length)];
    if (comment) fake.document.deleteComment(comment.id);
  }),
  // The officer turns Track Changes on or off: their own typing and deleting become revisions.
  fc.boolean().map((on): Edit => (fake) => {
    fake.document.changeTrackingMode = on ? "TrackAll" : "Off";
  }),
  // Another runtime (a co-author's add-in, the ribbon) writes inside the decision's content control.
  fc.tuple(word, fc.constantFrom("Start" as const, "End" as const)).map(([text, where]): Edit => async (fake) => {
    const other = fake.openRuntime();
    await other.Word.run(async (context) => {
      const control = context.document.body.contentControls.getByTag("rod:decision").getFirstOrNullObject();
      await context.sync();
      if (!control.isNullObject) control.insertParagraph(text, where);
      await context.sync();
    });
  }),
  // A co-author wraps a paragraph in a new content control of its own.
  fc.nat().map((p): Edit => async (fake) => {
    const other = fake.openRuntime();
    await other.Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items");
      await context.sync();
      const paragraph = paragraphs.items[p % paragraphs.items.length];
      if (!paragraph) return;
      paragraph.insertContentControl().tag = "rod:reasons";
      await context.sync();
    });
  }),
);

/** Runs an edit as the user would; an edit Word refuses (a locked control, a span it cannot track) changes nothing. */
async function apply(fake: FakeOffice, change: Edit): Promise<void> {
  try {
    await change(fake);
  } catch (error) {
    if (!(error instanceof Error && "code" in error)) throw error;
  }
}

describe("the incremental live check", () => {
  it.each([
    ["with revisions inline", true],
    ["with revisions in balloons", false],
  ])("always reads what a full read reads, text maps included, over random edits %s", async (_name, inline) => {
    const incremental: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 12 }), async (steps) => {
        const fake = createFakeOffice({ content: CONTENT, revisionsInline: inline });
        const reader = new IncrementalReader();
        const stop = watchDocumentChanges({ Word: fake.Word, Office: fake.Office }, () => undefined, {
          paragraphEvents: true,
          sink: reader,
          ownEdits: new OwnEdits(0),
          debounceMs: 0,
          focusSource: undefined,
        });
        const read = () => fake.Word.run((context) => reader.read(context, { reviewedText: true }));
        await flush();
        await read();
        for (const [change, readBeforeEventsArrive] of steps) {
          await apply(fake, change);
          // A read before Word has reported the edit may lag; the one after its events must not.
          if (readBeforeEventsArrive) await read();
          await flush();
          await flush();
          const live = await read();
          if (!reader.lastCost?.full) incremental.push(reader.lastCost?.paragraphsRead ?? 0);
          expect(live).toEqual(await fullRead(fake, true));
        }
        stop();
      }),
      { numRuns: 80 },
    );
    // The property says something only if most re-reads took the incremental path.
    expect(incremental.length).toBeGreaterThan(200);
  }, 60_000);

  it("re-reads only the edited paragraph of 5,000, in one sync, and finds what a full check finds", async () => {
    const content: ContentInit[] = [
      { text: "Decision:", styleBuiltIn: "Heading2" },
      ...Array.from({ length: 4_998 }, (_, n) => ({ text: `${n + 1}. The service received ${n * 7} requests in 2021/22.` })),
      { text: "Key decision: NO" },
    ];
    const { fake, host, costs } = liveHost({ content });
    await flush();
    await host.readSnapshot();
    expect(costs[0]).toMatchObject({ full: true, paragraphsRead: 5_000 });

    fake.document.typeText(2_500, " The budget is £3m per annum.");
    await flush();
    fake.document.resetSyncCount();
    const live = await host.readSnapshot();
    expect(costs[1]).toEqual({ full: false, paragraphsRead: 1, idsListed: 0, syncs: 1 });
    expect(fake.document.syncCount).toBe(1);
    expect(checkDocument(live, defaultProfile).findings).toEqual(checkDocument((await fullRead(fake, true)).snapshot, defaultProfile).findings);
    expect(live.blocks[2_500]?.text).toMatch(/£3m per annum\.$/);
  }, 30_000);

  it("after a new paragraph, lists the ids and reads only it and its neighbours (Word for Mac moves ids, #5784)", async () => {
    const content = Array.from({ length: 5_000 }, (_, n) => ({ text: `Paragraph ${n + 1}.` }));
    const { fake, host, costs } = liveHost({ content });
    await flush();
    await host.readSnapshot();
    fake.document.splitParagraph(10, 4);
    await flush();
    const live = await host.readSnapshot();
    expect(costs[1]).toEqual({ full: false, paragraphsRead: 3, idsListed: 5_001, syncs: 2 });
    expect(live.blocks.slice(10, 12).map((block) => block.text)).toEqual(["Para", "graph 11."]);
  }, 30_000);

  it("answers two reads started together with the edit in both", async () => {
    const { fake, host } = liveHost();
    await flush();
    await host.readSnapshot();
    fake.document.typeText(6, " It was extended.");
    await flush();
    const [first, second] = await Promise.all([host.readSnapshot(), host.readSnapshot()]);
    const full = (await fullRead(fake, true)).snapshot;
    expect(first).toEqual(full);
    expect(second).toEqual(full);
    expect(second.blocks[6]?.text).toBe("Consultation ran for eight weeks. It was extended.");
  });

  it("reads everything when an event names no paragraph, one Word cannot find, or too many", async () => {
    const fake = createFakeOffice({ content: Array.from({ length: 100 }, (_, n) => ({ text: `Paragraph ${n + 1}.` })) });
    const reader = new IncrementalReader();
    reader.listening(true);
    const read = () => fake.Word.run((context) => reader.read(context, { reviewedText: true }));
    await read();

    reader.received({ type: "ParagraphChanged", uniqueLocalIds: [] });
    await read();
    expect(reader.lastCost).toMatchObject({ full: true, syncs: 1, reason: "a ParagraphChanged event named no paragraphs" });

    reader.received({ type: "ParagraphChanged", uniqueLocalIds: ["not-a-paragraph"] });
    await read();
    expect(reader.lastCost).toMatchObject({ full: true, syncs: 2, reason: "a changed paragraph could not be found or placed" });

    for (let paragraph = 0; paragraph < 60; paragraph++) fake.document.setParagraphText(paragraph, "Rewritten.");
    reader.received({ type: "ParagraphChanged", uniqueLocalIds: fake.document.paragraphs().slice(0, 60).map((paragraph) => paragraph.id) });
    const after = await read();
    expect(reader.lastCost).toMatchObject({ full: true, paragraphsRead: 100, reason: "many paragraphs changed" });
    expect(after).toEqual(await fullRead(fake, true));
  });

  it("reads everything again when the pane regains focus", async () => {
    const { fake, host, costs, regainFocus } = liveHost();
    await flush();
    await host.readSnapshot();
    fake.document.typeText(5, " Indeed.");
    await flush();
    regainFocus();
    await host.readSnapshot();
    expect(costs[1]).toMatchObject({ full: true, paragraphsRead: 7, reason: "the pane regained focus" });
  });

  it("reads everything while nothing listens for paragraph events, or before WordApi 1.6", async () => {
    const { fake, host, costs, unsubscribe } = liveHost();
    await flush();
    unsubscribe();
    fake.document.typeText(5, " Indeed.");
    await host.readSnapshot();
    expect(costs[0]).toMatchObject({ full: true, reason: "paragraph events are not being received" });

    const old = liveHost({ supportedSets: { WordApi: "1.5" } });
    await flush();
    await old.host.readSnapshot();
    await old.host.readSnapshot();
    expect(old.costs.map((cost) => cost.full)).toEqual([true, true]);
  });

  it("reads everything just after its own edit, whose events may still be arriving", async () => {
    const { fake, host, costs } = liveHost();
    await flush();
    await host.readSnapshot();
    await host.insertTemplate(defaultProfile);
    const after = await host.readSnapshot();
    expect(costs[1]).toMatchObject({ full: true });
    expect(after).toEqual((await fullRead(fake, true)).snapshot);
  });
});
