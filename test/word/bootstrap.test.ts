import { connectToWord, OFFICE_MISSING_MESSAGE, UNSUPPORTED_WORD_MESSAGE } from "../../src/word/bootstrap";
import { MINIMUM_WORD } from "../../src/word/requirements";
import { createFakeOffice, type FakeOfficeOptions } from "../../src/fake-word";

function connect(options: FakeOfficeOptions) {
  const fake = createFakeOffice({ content: [{ text: "Hello" }], ...options });
  return connectToWord({ api: { Word: fake.Word, Office: fake.Office }, host: { focusSource: undefined } });
}

describe("connecting to Word", () => {
  it("is ready in Word with WordApi 1.3, with a host that reads the document", async () => {
    const result = await connect({ supportedSets: { WordApi: "1.3" } });
    expect(result.status).toBe("ready");
    if (result.status !== "ready") return;
    expect((await result.host.readSnapshot()).blocks.map((block) => block.text)).toEqual(["Hello"]);
  });

  it("says so when the page runs outside Office", async () => {
    expect(await connect({ host: null })).toEqual({ status: "outside-office" });
  });

  it("refuses another Office application", async () => {
    expect(await connect({ host: "Excel" })).toEqual({ status: "unsupported", message: "ROD Author works in Word only, and this is Excel." });
  });

  it("refuses Word without WordApi 1.3 (Word 2016)", async () => {
    expect(await connect({ supportedSets: { WordApi: "1.1" } })).toEqual({ status: "unsupported", message: UNSUPPORTED_WORD_MESSAGE });
  });

  it("reports an error when office.js is missing", async () => {
    expect(await connectToWord({ api: undefined })).toEqual({ status: "error", message: OFFICE_MISSING_MESSAGE });
  });

  it("keeps waiting for an Office that answers late (a slow network or virtual desktop), and then starts", async () => {
    jest.useFakeTimers();
    try {
      let settled = false;
      const result = connect({ ready: { afterMs: 45_000 } });
      void result.then(() => (settled = true));
      await jest.advanceTimersByTimeAsync(30_000);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(15_000);
      expect((await result).status).toBe("ready");
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    ["PC", "comments"],
    ["Mac", "comments"],
    ["OfficeOnline", "annotations"],
  ])("tells the host where Word runs: on %s it marks with %s", async (platform, method) => {
    const fake = createFakeOffice({ platform, content: [{ text: "We spend £2.4m." }] });
    const result = await connectToWord({ api: { Word: fake.Word, Office: fake.Office }, host: { focusSource: undefined } });
    if (result.status !== "ready") throw new Error(`Not ready: ${result.status}`);
    const finding = { ruleId: "key-decision-threshold", severity: "warning" as const, message: "Over.", location: { block: 0, start: 9, length: 5, text: "£2.4m" } };
    expect(result.host.capabilities.annotations).toBe(method === "annotations");
    expect(await result.host.mark([finding])).toMatchObject({ method, count: 1 });
  });

  it("states the one minimum version of Word when refusing", () => {
    expect(UNSUPPORTED_WORD_MESSAGE).toContain(MINIMUM_WORD);
  });

  it("uses the globals office.js defines when given no API", async () => {
    const fake = createFakeOffice({ host: null });
    const scope = globalThis as { Word?: unknown; Office?: unknown };
    scope.Word = fake.Word;
    scope.Office = fake.Office;
    try {
      expect(await connectToWord()).toEqual({ status: "outside-office" });
    } finally {
      delete scope.Word;
      delete scope.Office;
    }
    expect(await connectToWord()).toEqual({ status: "error", message: OFFICE_MISSING_MESSAGE });
  });

  it("looks for the Word namespace only after Office is ready, as office.js defines it late", async () => {
    const fake = createFakeOffice();
    const scope = globalThis as { Word?: unknown; Office?: unknown };
    scope.Office = fake.Office;
    try {
      const connecting = connectToWord({ host: { focusSource: undefined } });
      scope.Word = fake.Word;
      expect((await connecting).status).toBe("ready");
    } finally {
      delete scope.Word;
      delete scope.Office;
    }
  });
});
