import { checkDocument } from "../../../src/core";
import type { CheckAnswer, CheckRequest, WorkerLike } from "../../../src/taskpane/worker/protocol";

/** "held": answers only when the test calls answer(); "never-answers": a check that runs away. */
export type FakeWorkerBehaviour = "answers" | "held" | "never-answers" | "fails-to-start" | "never-starts" | "crashes";

/**
 * A check worker as the pane sees one, in this thread: it says "ready", then answers each request with the
 * engine's report, or never answers (a check that runs away), or fails in the other ways a real worker can.
 */
export class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: CheckAnswer }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly requests: CheckRequest[] = [];
  terminated = false;

  constructor(readonly behaviour: FakeWorkerBehaviour) {
    queueMicrotask(() => {
      if (behaviour === "fails-to-start") this.onerror?.({ message: "Refused to load the script" });
      else if (behaviour !== "never-starts") this.answer({ type: "ready" });
    });
  }

  postMessage(request: CheckRequest): void {
    if (this.terminated) throw new Error("The worker has been terminated.");
    this.requests.push(request);
    if (this.behaviour === "answers") {
      queueMicrotask(() => this.answer({ type: "report", id: request.id, report: checkDocument(request.snapshot, request.profile) }));
    } else if (this.behaviour === "crashes") {
      queueMicrotask(() => this.onerror?.({ message: "out of memory" }));
    }
  }

  /** Sends an answer as the worker would, unless it has been stopped. */
  answer(data: CheckAnswer): void {
    if (!this.terminated) this.onmessage?.({ data });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Hands out fake workers with the given behaviours in turn (the last one repeats), and keeps them for inspection. */
export function fakeWorkers(...behaviours: FakeWorkerBehaviour[]) {
  const created: FakeWorker[] = [];
  const createWorker = () => {
    const worker = new FakeWorker(behaviours[Math.min(created.length, behaviours.length - 1)]);
    created.push(worker);
    return worker;
  };
  return { created, createWorker };
}
