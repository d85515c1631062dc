/**
 * A thread of the check pool: it reads and checks the files the pool sends, one at a time, in the
 * order sent, and answers with each result. It loads the readers and the engine, not the profile parser.
 */
import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./check-file";
import type { CheckRequest, WorkerReply, WorkerSetup } from "./pool";
import { FileClock, threadPath, threadProcessorTime } from "./thread-clock";

const { settings, results, clock } = workerData as WorkerSetup;
const now = new Float64Array(clock);

const thread = threadPath();
let queue = Promise.resolve();

parentPort!.on("message", (request: CheckRequest) => {
  queue = queue.then(async () => {
    now[FileClock.startedAt] = Date.now();
    now[FileClock.startCpu] = threadProcessorTime(thread);
    // Written last: the pool reads the id first, so it never pairs a new file with the last one's start.
    now[FileClock.id] = request.id;
    const result = await checkFile(request.file, request.path, settings);
    results.postMessage({ kind: "result", id: request.id, result } satisfies WorkerReply);
  });
});

results.postMessage({ kind: "ready", thread } satisfies WorkerReply);
