/** The watchdog around the check worker, with fake workers and fake time: nothing here depends on a clock. */
import { builtInProfiles, checkDocument } from "../../src/core";
import type { Report } from "../../src/core/report";
import type { Checker } from "../../src/core/checker";
import { CheckStoppedError } from "../../src/taskpane/checker";
import { createWatchdogChecker } from "../../src/taskpane/worker/watchdog-checker";
import { seedSnapshot } from "./support/fake-host";
import { fakeWorkers } from "./support/fake-worker";

const snapshot = seedSnapshot("kent-stls-redesign-2022.md");
const kent = builtInProfiles.kent;

beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
afterEach(() => jest.useRealTimers());

/** Where a promise has got to, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

const flush = () => jest.advanceTimersByTimeAsync(0);

describe("the check worker's watchdog", () => {
  it("answers with the report the engine gives, from one worker", async () => {
    const workers = fakeWorkers("answers");
    const check = createWatchdogChecker({ createWorker: workers.createWorker });
    expect(await check(snapshot, kent)).toEqual(checkDocument(snapshot, kent));
    expect(await check(snapshot, builtInProfiles.moderngov)).toEqual(checkDocument(snapshot, builtInProfiles.moderngov));
    expect(workers.created).toHaveLength(1);
    expect(workers.created[0].requests.map((request) => request.profile.id)).toEqual(["kent", "moderngov"]);
  });

  it("stops a check that runs past the limit (1 second by default): the worker is ended and the check rejects with CheckStoppedError", async () => {
    const workers = fakeWorkers("never-answers");
    const result = track(createWatchdogChecker({ createWorker: workers.createWorker })(snapshot, kent));
    await jest.advanceTimersByTimeAsync(999);
    expect(result.settled).toBe(false);
    expect(workers.created[0].terminated).toBe(false);

    await jest.advanceTimersByTimeAsync(1);
    expect(result.error).toBeInstanceOf(CheckStoppedError);
    expect((result.error as CheckStoppedError).limitMs).toBe(1000);
    expect((result.error as Error).message).toMatch(/^The check took too long and was stopped after 1 second\. Your document has not been changed\./);
    expect(workers.created[0].terminated).toBe(true);
  });

  it("starts a fresh worker for the next check, which then gets its report", async () => {
    const workers = fakeWorkers("never-answers", "answers");
    const check = createWatchdogChecker({ createWorker: workers.createWorker });
    const stopped = track(check(snapshot, kent));
    await jest.advanceTimersByTimeAsync(1000);
    expect(stopped.error).toBeInstanceOf(CheckStoppedError);

    const next = track(check(snapshot, kent));
    await flush();
    expect(next.value).toEqual(checkDocument(snapshot, kent));
    expect(workers.created).toHaveLength(2);
    expect(workers.created[1].terminated).toBe(false);
  });

  it("takes its limit from the options", async () => {
    const workers = fakeWorkers("never-answers");
    const result = track(createWatchdogChecker({ createWorker: workers.createWorker, limitMs: 2500 })(snapshot, kent));
    await jest.advanceTimersByTimeAsync(2499);
    expect(result.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(result.error).toEqual(new CheckStoppedError(2500));
    expect((result.error as Error).message).toContain("stopped after 2.5 seconds");
  });

  it("ignores an answer to another request", async () => {
    const workers = fakeWorkers("held");
    const result = track(createWatchdogChecker({ createWorker: workers.createWorker })(snapshot, kent));
    await flush();
    const [worker] = workers.created;
    worker.answer({ type: "report", id: worker.requests[0].id + 1, report: { findings: [] } as unknown as Report });
    await flush();
    expect(result.settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1000);
    expect(result.error).toBeInstanceOf(CheckStoppedError);
  });

  it("runs checks one at a time, so time spent waiting for another check does not count against the limit", async () => {
    const workers = fakeWorkers("held");
    const check = createWatchdogChecker({ createWorker: workers.createWorker });
    const first = track(check(snapshot, kent));
    const second = track(check(snapshot, builtInProfiles.moderngov));
    await flush();
    const [worker] = workers.created;
    expect(worker.requests).toHaveLength(1);

    await jest.advanceTimersByTimeAsync(900);
    worker.answer({ type: "report", id: worker.requests[0].id, report: checkDocument(snapshot, kent) });
    await flush();
    expect(first.value).toEqual(checkDocument(snapshot, kent));
    expect(worker.requests).toHaveLength(2);

    await jest.advanceTimersByTimeAsync(900);
    expect(second.settled).toBe(false);
    worker.answer({ type: "report", id: worker.requests[1].id, report: checkDocument(snapshot, builtInProfiles.moderngov) });
    await flush();
    expect(second.value).toEqual(checkDocument(snapshot, builtInProfiles.moderngov));
  });

  it("passes on the reason a check failed, and keeps the worker", async () => {
    const workers = fakeWorkers("held");
    const check = createWatchdogChecker({ createWorker: workers.createWorker });
    const result = track(check(snapshot, kent));
    await flush();
    const [worker] = workers.created;
    worker.answer({ type: "failed", id: worker.requests[0].id, message: "Cannot read properties of undefined" });
    await flush();
    expect(result.error).toEqual(new Error("Cannot read properties of undefined"));
    expect(worker.terminated).toBe(false);
  });

  it("reports a worker that crashed during a check, and starts a fresh one for the next", async () => {
    const workers = fakeWorkers("crashes", "answers");
    const check = createWatchdogChecker({ createWorker: workers.createWorker });
    await expect(check(snapshot, kent)).rejects.toThrow("The checker stopped unexpectedly: out of memory");
    expect(workers.created[0].terminated).toBe(true);
    expect(await check(snapshot, kent)).toEqual(checkDocument(snapshot, kent));
    expect(workers.created).toHaveLength(2);
  });

  describe("without a working worker, checks in the pane's thread from then on", () => {
    const fallbackReport = { summary: {}, findings: [] } as unknown as Report;

    it.each([
      ["the worker's script fails to load", () => fakeWorkers("fails-to-start").createWorker],
      [
        "creating a worker throws",
        () => () => {
          throw new DOMException("Workers are not allowed here", "SecurityError");
        },
      ],
    ])("when %s", async (_case, factory) => {
      const createWorker = jest.fn(factory());
      const fallback = jest.fn<ReturnType<Checker>, Parameters<Checker>>(async () => fallbackReport);
      const check = createWatchdogChecker({ createWorker, fallback });
      expect(await check(snapshot, kent)).toBe(fallbackReport);
      expect(await check(snapshot, kent)).toBe(fallbackReport);
      expect(createWorker).toHaveBeenCalledTimes(1);
      expect(fallback).toHaveBeenCalledTimes(2);
      expect(fallback).toHaveBeenLastCalledWith(snapshot, kent);
    });

    it("when a worker does not say it is ready in time", async () => {
      const workers = fakeWorkers("never-starts");
      const fallback = jest.fn<ReturnType<Checker>, Parameters<Checker>>(async () => fallbackReport);
      const result = track(createWatchdogChecker({ createWorker: workers.createWorker, fallback, startLimitMs: 30_000 })(snapshot, kent));
      await jest.advanceTimersByTimeAsync(29_999);
      expect(result.settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(result.value).toBe(fallbackReport);
      expect(workers.created[0].terminated).toBe(true);
    });
  });
});
