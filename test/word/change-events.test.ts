import { defaultProfile } from "../../src/core";
import type { FocusSource } from "../../src/word/change-events";
import { createFakeOffice, type FakeOfficeOptions } from "../../src/fake-word";
import { hostOn } from "./helpers";

/** A stand-in for window focus: the test fires it. */
function focusSource() {
  const target = new EventTarget();
  const source: FocusSource = (callback) => {
    target.addEventListener("focus", callback);
    return () => target.removeEventListener("focus", callback);
  };
  return { source, focus: () => target.dispatchEvent(new Event("focus")) };
}

function setUp(options: FakeOfficeOptions = {}) {
  const fake = createFakeOffice({ content: [{ text: "Decision:", styleBuiltIn: "Heading2" }, { text: "I agree." }], ...options });
  const focus = focusSource();
  const host = hostOn(fake, { debounceMs: 300, ownEditGraceMs: 500, focusSource: focus.source });
  const listener = jest.fn();
  return { fake, host, listener, focus };
}

describe("the live check's change events", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("calls the listener once, 300 ms after a burst of typing stops", async () => {
    const { fake, host, listener } = setUp();
    host.onDocumentChanged(listener);
    await jest.advanceTimersByTimeAsync(0);
    for (const character of " £2.4 million") {
      fake.document.typeText(1, character);
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(listener).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reacts to paragraphs added or deleted, and to a co-author's edits", async () => {
    const { fake, host, listener } = setUp();
    host.onDocumentChanged(listener);
    await jest.advanceTimersByTimeAsync(0);
    fake.document.insertParagraphAfter(1, "A new paragraph");
    await jest.advanceTimersByTimeAsync(400);
    fake.document.deleteParagraph(2);
    await jest.advanceTimersByTimeAsync(400);
    fake.document.setParagraphText(1, "I do not agree.", { source: "Remote" });
    await jest.advanceTimersByTimeAsync(400);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it("ignores the events of its own edits: inserting the template, fixing, marking", async () => {
    const { fake, host, listener } = setUp({ supportedSets: { WordApi: "1.6" } });
    host.onDocumentChanged(listener);
    await jest.advanceTimersByTimeAsync(0);
    const insertion = host.insertTemplate(defaultProfile);
    await jest.advanceTimersByTimeAsync(0);
    expect((await insertion).inserted.length).toBeGreaterThan(0);
    await host.mark([{ ruleId: "x", severity: "info", message: "m", location: { block: 1, start: 0, length: 1, text: "I" } }]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(listener).not.toHaveBeenCalled();
    expect(fake.document.texts().length).toBeGreaterThan(2);

    fake.document.typeText(1, " Indeed.");
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("stops calling after unsubscribing, and removes its handlers from Word", async () => {
    const { fake, host, listener } = setUp();
    const unsubscribe = host.onDocumentChanged(listener);
    await jest.advanceTimersByTimeAsync(0);
    expect(fake.document.eventHandlerCount).toBe(3);
    fake.document.typeText(1, "!");
    unsubscribe();
    await jest.advanceTimersByTimeAsync(1000);
    fake.document.typeText(1, "!");
    await jest.advanceTimersByTimeAsync(1000);
    expect(listener).not.toHaveBeenCalled();
    expect(fake.document.eventHandlerCount).toBe(0);
  });

  it("falls back to focus and visibility without paragraph events (before WordApi 1.6)", async () => {
    const { fake, host, listener, focus } = setUp({ supportedSets: { WordApi: "1.5" } });
    expect(host.capabilities.paragraphEvents).toBe(false);
    const unsubscribe = host.onDocumentChanged(listener);
    fake.document.typeText(1, "!");
    await jest.advanceTimersByTimeAsync(1000);
    expect(listener).not.toHaveBeenCalled();
    focus.focus();
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    focus.focus();
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fake.document.syncCount).toBe(0);
  });

  it("with paragraph events too, reports a return to the pane, where edits may have gone unreported, once", async () => {
    const { fake, host, listener, focus } = setUp();
    host.onDocumentChanged(listener);
    await jest.advanceTimersByTimeAsync(0);
    expect(fake.document.eventHandlerCount).toBe(3);
    focus.focus();
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
    // A return and the events Word sends late for an edit made while away are one change.
    fake.document.typeText(1, "!");
    focus.focus();
    await jest.advanceTimersByTimeAsync(1000);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("falls back to focus when Word refuses the event registration", async () => {
    const { fake, host, listener, focus } = setUp();
    host.onDocumentChanged(listener);
    // Word reported WordApi 1.6 but refuses the handlers when the batch runs.
    fake.document.supportedSets = { WordApi: "1.5" };
    await jest.advanceTimersByTimeAsync(0);
    expect(fake.document.eventHandlerCount).toBe(0);
    focus.focus();
    await jest.advanceTimersByTimeAsync(300);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
