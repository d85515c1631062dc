import { FakeDocumentObject } from "./document";
import type { FakeEnvironment } from "./environment";

/**
 * Word.RequestContext. Actions (loads, writes, inserts) queue up and run, in order, on `sync()`. If one fails the
 * rest of the batch is dropped and `sync()` rejects with that error, as in Office.js.
 */
export class FakeRequestContext {
  readonly document: FakeDocumentObject;
  readonly trackedObjects = {
    add: (_object: unknown): void => undefined,
    remove: (_object: unknown): void => undefined,
  };
  private queue: (() => void)[] = [];

  constructor(readonly environment: FakeEnvironment) {
    this.document = new FakeDocumentObject(this);
  }

  _enqueue(action: () => void): void {
    this.queue.push(action);
  }

  get _hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    this.environment.syncCount++;
    const actions = this.queue;
    this.queue = [];
    // A round trip: nothing runs before the caller has finished queuing.
    await Promise.resolve();
    try {
      for (const action of actions) action();
    } finally {
      this.environment.model.commit("Local");
    }
    return passThroughValue as T;
  }
}
