import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckAnswer, CheckRequest, WorkerLike } from "../../../src/taskpane/worker/protocol";

const root = join(__dirname, "..", "..", "..");

/**
 * The pane's check worker (src/taskpane/worker/check.worker.ts, with the real engine) in a Node worker thread,
 * behind the same interface as a browser Worker. The thread compiles our TypeScript as it loads it, and its
 * global `self` is the thread's port, as a browser worker's is.
 */
const BOOT = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const ts = require(workerData.typescript);
require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
  });
  module._compile(outputText, filename);
};
globalThis.self = {
  postMessage: (message) => parentPort.postMessage(message),
  set onmessage(handler) {
    parentPort.on("message", (data) => handler({ data }));
  },
};
require(workerData.script);
`;

export class NodeCheckWorker implements WorkerLike {
  onmessage: ((event: { data: CheckAnswer }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly exited: Promise<number>;
  private readonly thread: Worker;

  constructor() {
    this.thread = new Worker(BOOT, {
      eval: true,
      workerData: { typescript: require.resolve("typescript"), script: join(root, "src", "taskpane", "worker", "check.worker.ts") },
    });
    this.thread.on("message", (data: CheckAnswer) => this.onmessage?.({ data }));
    this.thread.on("error", (error) => this.onerror?.({ message: error.message }));
    this.exited = new Promise((resolve) => this.thread.once("exit", resolve));
  }

  postMessage(message: CheckRequest): void {
    this.thread.postMessage(message);
  }

  terminate(): void {
    void this.thread.terminate();
  }
}

/** Creates worker threads and keeps them, so a test can end any still running. */
export function nodeCheckWorkers() {
  const created: NodeCheckWorker[] = [];
  return {
    created,
    createWorker: () => {
      const worker = new NodeCheckWorker();
      created.push(worker);
      return worker;
    },
    endAll: () => Promise.all(created.map((worker) => (worker.terminate(), worker.exited))),
  };
}
