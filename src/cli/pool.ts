import { setFlagsFromString } from "node:v8";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import type { CheckSettings } from "./check-file";
import type { FileResult } from "./format/model";
import { FileClock, threadProcessorTime } from "./thread-clock";

export interface CheckRequest {
  id: number;
  /** Absolute path of the file to read. */
  file: string;
  /** Its name as the report shows it. */
  path: string;
}

/** What a checking thread is given when it starts. */
export interface WorkerSetup {
  settings: CheckSettings;
  /** Where results go: a port of its own, so results still waiting can be taken when the thread is stopped. */
  results: MessagePort;
  /** Shared with the pool: the file the thread is reading now, laid out as FileClock says. */
  clock: SharedArrayBuffer;
}

/** A thread says it is ready once it has loaded, so its start-up is not counted against its first file. */
export type WorkerReply = { kind: "ready"; thread?: string } | { kind: "result"; id: number; result: FileResult };

/** What one file may cost. A thread that goes past any is stopped and the file reported. */
export interface FileLimits {
  /** V8's old-generation heap in each thread, in MB. */
  memoryMb: number;
  /** V8's young generation in each thread, in MB: room enough that short-lived parse objects rarely reach the old one. */
  youngMb: number;
  /** Processor time for one file. Measured as CPU time where the system reports it, so a busy machine does not cut a file short. */
  timeMs: number;
  /** Time on the clock for one file, whatever the processor did: a file that waits for ever stops here. */
  wallTimeMs: number;
}

/** Real records need a few MB and well under a second; these limits are a hundred times that. */
const FILE_LIMITS: FileLimits = { memoryMb: 128, youngMb: 48, timeMs: 5_000, wallTimeMs: 60_000 };

/**
 * Each young-generation semi-space a thread starts with, in MB. V8 starts at 1 MB and grows it only
 * after many collections; a checking thread allocates hundreds of MB, so it starts larger. A thread's
 * heap is set up from V8's flags when it starts, so the flag is set before the first one.
 */
const START_SEMI_SPACE_MB = 8;

/**
 * Files sent to a thread before it has answered for the last: while the pool waits for the main
 * thread to take a result, the thread already reads the next ones. With two, a thread on the 265
 * bench records waited 50-75 ms in all for its next file; with eight it never waits, and two threads
 * finished in 1.40 s instead of 1.50 s (median of 7). More would only leave one thread with a longer
 * queue at the end while the other has nothing left.
 */
const IN_FLIGHT = 8;

interface Task {
  request: CheckRequest;
  resolve: (result: FileResult) => void;
}

interface Slot {
  worker: Worker;
  results: MessagePort;
  clock: Float64Array;
  /** Files sent and not yet answered for, in the order sent: the thread reads them in that order. */
  tasks: Task[];
  thread?: string;
  timer?: NodeJS.Timeout;
  ready: boolean;
  /** Set once the thread is being replaced, so its exit is not reported a second time. */
  retired: boolean;
}

/**
 * Worker threads that read and check files side by side, each file under a memory and a time limit.
 *
 * Threads, not processes: on the 265-record bench two checking threads cost 1.4 s more processor time
 * than reading in one thread, two checking processes 1.8 s (each its own Node start, results piped and
 * decoded). A thread that runs out of memory, overruns its time or crashes costs only the file it was
 * reading: that file gets a one-line error, the files queued behind it go to a fresh thread. The price
 * of sharing the process: V8 ends the whole process when one allocation overshoots a thread's heap
 * limit by more than the 16 MB Node allows past it (nodejs/node#47224); at 128 MB no file the reader's
 * caps let through has been seen to (test/cli/bin.test.ts; test/fixtures/hostile with --concurrency 2).
 */
export class CheckPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private size = 0;

  constructor(
    private readonly script: string,
    private readonly settings: CheckSettings,
    private readonly limits: FileLimits = FILE_LIMITS,
  ) {}

  /** Starts threads up to `size` (never fewer than are running), so they load while inputs are gathered. */
  resize(size: number): void {
    this.size = Math.max(this.size, size);
    while (this.slots.size < this.size) this.spawn();
  }

  check(file: string, path: string): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, file, path }, resolve });
      if (this.slots.size === 0) this.resize(1);
      for (const slot of this.slots) this.dispatch(slot);
    });
  }

  close(): void {
    for (const slot of this.slots) {
      slot.retired = true;
      clearTimeout(slot.timer);
      slot.results.close();
      void slot.worker.terminate();
    }
    this.slots.clear();
  }

  private spawn(): void {
    if (this.slots.size === 0) setFlagsFromString(`--min-semi-space-size=${START_SEMI_SPACE_MB}`);
    const { port1, port2 } = new MessageChannel();
    const clock = new SharedArrayBuffer(FileClock.slots * Float64Array.BYTES_PER_ELEMENT);
    const view = new Float64Array(clock);
    view[FileClock.id] = -1;
    const setup: WorkerSetup = { settings: this.settings, results: port2, clock };
    const worker = new Worker(this.script, {
      workerData: setup,
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb, maxYoungGenerationSizeMb: this.limits.youngMb },
      // A thread's own output would interleave with the report.
      stdout: true,
      stderr: true,
    });
    const slot: Slot = { worker, results: port1, clock: view, tasks: [], ready: false, retired: false };
    this.slots.add(slot);
    port1.on("message", (reply: WorkerReply) => this.receive(slot, reply));
    worker.on("error", (error: Error & { code?: string }) => this.retire(slot, this.deathReason(error)));
    worker.on("exit", (code) => this.retire(slot, `could not be checked: the checking thread stopped unexpectedly (exit code ${code})`));
  }

  private deathReason(error: Error & { code?: string }): string {
    if (error.code === "ERR_WORKER_OUT_OF_MEMORY") return `could not be checked within ${this.limits.memoryMb} MB of memory, so it was stopped`;
    return `could not be checked: the checking thread stopped unexpectedly (${error.message})`;
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if (reply.kind === "ready") {
      slot.ready = true;
      slot.thread = reply.thread;
    } else {
      const index = slot.tasks.findIndex((task) => task.request.id === reply.id);
      if (index >= 0) slot.tasks.splice(index, 1)[0].resolve(reply.result);
    }
    if (slot.tasks.length === 0) clearTimeout(slot.timer);
    this.dispatch(slot);
  }

  private dispatch(slot: Slot): void {
    if (slot.retired || !slot.ready) return;
    const idle = slot.tasks.length === 0;
    while (slot.tasks.length < IN_FLIGHT && this.queue.length > 0) {
      const task = this.queue.shift()!;
      slot.tasks.push(task);
      slot.worker.postMessage(task.request);
    }
    if (idle && slot.tasks.length > 0) this.watch(slot);
  }

  /** The file the thread is reading, and how long it has been at it. */
  private reading(slot: Slot): { task: Task; elapsed: number; used: number } | undefined {
    const id = slot.clock[FileClock.id];
    const task = slot.tasks.find((candidate) => candidate.request.id === id);
    if (task === undefined) return undefined;
    const elapsed = Date.now() - slot.clock[FileClock.startedAt];
    const used = threadProcessorTime(slot.thread) - slot.clock[FileClock.startCpu];
    return { task, elapsed, used: Number.isNaN(used) ? elapsed : used };
  }

  /** Stops the thread once the file it is reading has had its processor time, or its time on the clock. */
  private watch(slot: Slot): void {
    const check = (): void => {
      if (slot.retired || slot.tasks.length === 0) return;
      const now = this.reading(slot);
      if (now !== undefined && now.used >= this.limits.timeMs) return this.retire(slot, `could not be checked within ${this.limits.timeMs / 1000} s, so it was stopped`);
      if (now !== undefined && now.elapsed >= this.limits.wallTimeMs) return this.retire(slot, `could not be checked within ${this.limits.wallTimeMs / 1000} s, so it was stopped`);
      // Before the thread has started the file (it is finishing the one before), look again soon.
      const wait = now === undefined ? 50 : Math.min(Math.max(this.limits.timeMs - now.used, 50), this.limits.wallTimeMs - now.elapsed);
      slot.timer = setTimeout(check, wait);
    };
    clearTimeout(slot.timer);
    slot.timer = setTimeout(check, this.limits.timeMs);
  }

  /**
   * The thread's file (the one it is reading) gets `reason`; results it sent before it stopped are
   * kept, the files queued behind it go back to the front of the queue, and a fresh thread takes over.
   */
  private retire(slot: Slot, reason: string): void {
    if (slot.retired) return;
    slot.retired = true;
    let reply: { message: WorkerReply } | undefined;
    while ((reply = receiveMessageOnPort(slot.results)) !== undefined) this.receive(slot, reply.message);
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    slot.results.close();
    void slot.worker.terminate();
    const blamed = this.reading(slot)?.task ?? slot.tasks[0];
    if (blamed !== undefined) blamed.resolve({ path: blamed.request.path, paragraphs: new Map(), error: reason });
    this.queue.unshift(...slot.tasks.filter((task) => task !== blamed));
    if (!slot.ready) {
      // A thread that dies before it has loaded would die again: the waiting files are told why, not retried for ever.
      for (const waiting of this.queue.splice(0)) waiting.resolve({ path: waiting.request.path, paragraphs: new Map(), error: reason });
      return;
    }
    if (this.queue.length > 0) {
      this.spawn();
      // The other threads may have room for the files handed back while the fresh one loads.
      for (const other of this.slots) this.dispatch(other);
    }
  }
}
