import type { Report } from "../../core/report";
import { inThreadChecker, type Checker } from "../../core/checker";
import { CheckStoppedError } from "../checker";
import type { CheckAnswer, WorkerLike } from "./protocol";

/** Office restarts an add-in that stops answering for 5 seconds; a check gets a fifth of that. */
const CHECK_TIME_LIMIT_MS = 1000;
/** Starting a worker includes downloading the engine into it, which a slow network can stretch. */
const WORKER_START_LIMIT_MS = 30_000;

export interface WatchdogOptions {
  /** Starts a new check worker; a fresh one replaces a worker that was stopped. */
  createWorker: () => WorkerLike;
  /** How long one check may run before its worker is stopped. */
  limitMs?: number;
  /** How long a new worker may take to say it is ready. */
  startLimitMs?: number;
  /** Used from then on if a worker cannot be started at all (no Worker support, or the script was blocked). */
  fallback?: Checker;
}

/**
 * A checker that runs each check in a worker and stops it if it runs past the limit: the worker is terminated
 * (the only way to stop a runaway regular expression), the check rejects with CheckStoppedError, and the next
 * check starts a fresh worker. Checks run one at a time, so the limit measures the check itself and never time
 * spent queueing behind another.
 */
export function createWatchdogChecker({
  createWorker,
  limitMs = CHECK_TIME_LIMIT_MS,
  startLimitMs = WORKER_START_LIMIT_MS,
  fallback = inThreadChecker,
}: WatchdogOptions): Checker {
  let worker: Promise<WorkerLike> | undefined;
  let workersFail = false;
  let lastId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const start = () =>
    new Promise<WorkerLike>((resolve, reject) => {
      const started = createWorker();
      const timer = setTimeout(() => {
        started.terminate();
        reject(new Error(`the check worker did not start within ${startLimitMs / 1000} seconds`));
      }, startLimitMs);
      started.onmessage = ({ data }) => {
        if (data?.type !== "ready") return;
        clearTimeout(timer);
        resolve(started);
      };
      started.onerror = (event) => {
        clearTimeout(timer);
        started.terminate();
        reject(new Error(`the check worker could not start: ${event.message || "its script did not load"}`));
      };
    });

  const stop = (running: WorkerLike) => {
    running.terminate();
    worker = undefined;
  };

  const run = (running: WorkerLike, ...[snapshot, profile]: Parameters<Checker>) =>
    new Promise<Report>((resolve, reject) => {
      const id = ++lastId;
      const timer = setTimeout(() => {
        stop(running);
        reject(new CheckStoppedError(limitMs));
      }, limitMs);
      running.onmessage = ({ data }: { data: CheckAnswer }) => {
        if (data?.type === "ready" || data?.id !== id) return;
        clearTimeout(timer);
        if (data.type === "report") resolve(data.report);
        else reject(new Error(data.message));
      };
      running.onerror = (event) => {
        clearTimeout(timer);
        stop(running);
        reject(new Error(`The checker stopped unexpectedly${event.message ? `: ${event.message}` : "."}`));
      };
      running.postMessage({ type: "check", id, snapshot, profile });
    });

  const checkOnce: Checker = async (snapshot, profile) => {
    if (workersFail) return fallback(snapshot, profile);
    let running: WorkerLike;
    try {
      worker ??= start();
      running = await worker;
    } catch {
      // Without a worker there is no watchdog, but a check in the pane's thread is better than none.
      worker = undefined;
      workersFail = true;
      return fallback(snapshot, profile);
    }
    return run(running, snapshot, profile);
  };

  return (snapshot, profile) => {
    const result = queue.then(() => checkOnce(snapshot, profile));
    queue = result.catch(() => undefined);
    return result;
  };
}
