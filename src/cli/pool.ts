import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Profile } from "../core/profile/schema";
import type { FileResult } from "./format/model";

export interface CheckRequest {
  kind: "check";
  id: number;
  /** Absolute path of the file to read. */
  file: string;
  /** Its name as the report shows it. */
  path: string;
}

export type PoolMessage = { kind: "profile"; profile: Profile } | CheckRequest;

/** A process says it is ready once it has loaded, so its start-up is not counted against its first file. */
export type PoolReply = { kind: "ready" } | { kind: "result"; id: number; result: FileResult };

/** What one file may cost. A process that goes past either is stopped and the file reported. */
export interface FileLimits {
  /** V8's old-generation heap in each process, in MB. */
  memoryMb: number;
  /** Each of V8's two young-generation semi-spaces, in MB, from the start: half the scavenges of V8's 1 MB start on the 265-record bench. */
  semiSpaceMb: number;
  /** Processor time for one file. Measured as CPU time where the system reports it, so a busy machine does not cut a file short. */
  timeMs: number;
  /** Time on the clock for one file, whatever the processor did: a file that waits for ever stops here. */
  wallTimeMs: number;
}

/**
 * Real records need a few MB and well under a second; these limits are a hundred times that, and
 * small enough that two checking processes and the main one stay within 512 MB.
 */
export const FILE_LIMITS: FileLimits = { memoryMb: 128, semiSpaceMb: 8, timeMs: 5_000, wallTimeMs: 60_000 };

/** How much of a process's dying words is kept, to tell running out of memory from other crashes. */
const STDERR_TAIL = 4096;

/** Linux counts a process's processor time in ticks of 1/100 s (USER_HZ) in /proc/<pid>/stat. */
const MS_PER_TICK = 10;

/** Processor time (user and system) a process has used, in ms; undefined where the system does not say. */
function processorTime(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // The command name (field 2) is in brackets and may hold spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}

interface Task {
  request: CheckRequest;
  resolve: (result: FileResult) => void;
}

interface Slot {
  child: ChildProcess;
  task?: Task;
  timer?: NodeJS.Timeout;
  stderr: string;
  ready: boolean;
  /** Set once the process is being replaced, so its exit is not reported a second time. */
  retired: boolean;
}

/**
 * Processes that read and check files side by side, each file under a memory and a time limit.
 *
 * Processes, not worker threads: V8 enforces a worker's heap limit only on a best-effort basis, and
 * one large allocation in a worker (a list label doubled until it is hundreds of MB) aborts the whole
 * process, every other file's report with it (nodejs/node#47224). A process that runs out of memory,
 * overruns or crashes costs only the file it was reading: that file gets a one-line error and a fresh
 * process takes the next one.
 */
export class CheckPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private size = 0;

  constructor(
    private readonly script: string,
    private readonly profile: Profile,
    private readonly limits: FileLimits = FILE_LIMITS,
  ) {}

  /** Starts processes up to `size` (never fewer than are running), so they load while inputs are gathered. */
  resize(size: number): void {
    this.size = Math.max(this.size, size);
    while (this.slots.size < this.size) this.spawn();
  }

  check(file: string, path: string): Promise<FileResult> {
    return new Promise((resolve) => {
      this.queue.push({ request: { kind: "check", id: this.nextId++, file, path }, resolve });
      if (this.slots.size === 0) this.resize(1);
      for (const slot of this.slots) this.dispatch(slot);
    });
  }

  close(): void {
    for (const slot of this.slots) {
      slot.retired = true;
      slot.child.kill("SIGKILL");
    }
    this.slots.clear();
  }

  private spawn(): void {
    const child = fork(this.script, [], {
      execArgv: [
        `--max-old-space-size=${this.limits.memoryMb}`,
        `--min-semi-space-size=${this.limits.semiSpaceMb}`,
        `--max-semi-space-size=${2 * this.limits.semiSpaceMb}`,
      ],
      // Structured clone keeps the Map of quoted paragraphs; JSON would not.
      serialization: "advanced",
      // A process's own output would interleave with the report; its stderr is read only to say why it died.
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const slot: Slot = { child, stderr: "", ready: false, retired: false };
    this.slots.add(slot);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-STDERR_TAIL);
    });
    child.on("message", (reply: PoolReply) => {
      if (reply.kind === "ready") slot.ready = true;
      else if (slot.task?.request.id === reply.id) this.settle(slot, reply.result);
      this.dispatch(slot);
    });
    child.on("error", (error) => this.retire(slot, `could not be checked: the checking process failed (${error.message})`));
    child.on("exit", (code, signal) => this.retire(slot, this.deathReason(slot, code, signal)));
    child.send({ kind: "profile", profile: this.profile } satisfies PoolMessage);
  }

  private deathReason(slot: Slot, code: number | null, signal: NodeJS.Signals | null): string {
    // V8 ends a process whose heap is full, or that asks for an array too large for any heap, with these words.
    if (/heap out of memory|Allocation failed|invalid size error/i.test(slot.stderr)) {
      return `could not be checked within ${this.limits.memoryMb} MB of memory, so it was stopped`;
    }
    return `could not be checked: the checking process stopped unexpectedly (${signal ?? `exit code ${code}`})`;
  }

  private dispatch(slot: Slot): void {
    if (slot.retired || !slot.ready || slot.task !== undefined) return;
    const task = this.queue.shift();
    if (task === undefined) return;
    slot.task = task;
    this.watch(slot, task, Date.now(), processorTime(slot.child.pid));
    slot.child.send(task.request);
  }

  /** Stops the process once its file has had its processor time, or its time on the clock. */
  private watch(slot: Slot, task: Task, startedAt: number, startCpu: number | undefined): void {
    const check = (): void => {
      if (slot.task !== task) return;
      const elapsed = Date.now() - startedAt;
      const now = processorTime(slot.child.pid);
      const used = startCpu === undefined || now === undefined ? elapsed : now - startCpu;
      if (used >= this.limits.timeMs) return this.retire(slot, `could not be checked within ${this.limits.timeMs / 1000} s, so it was stopped`);
      if (elapsed >= this.limits.wallTimeMs) return this.retire(slot, `could not be checked within ${this.limits.wallTimeMs / 1000} s, so it was stopped`);
      slot.timer = setTimeout(check, Math.min(Math.max(this.limits.timeMs - used, 50), this.limits.wallTimeMs - elapsed));
    };
    slot.timer = setTimeout(check, this.limits.timeMs);
  }

  private settle(slot: Slot, result: FileResult): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.resolve(result);
  }

  /** The process's file (if any) gets `reason`; a fresh process takes its place while work is waiting. */
  private retire(slot: Slot, reason: string): void {
    if (slot.retired) return;
    slot.retired = true;
    const task = slot.task;
    if (task !== undefined) this.settle(slot, { path: task.request.path, paragraphs: new Map(), error: reason });
    this.slots.delete(slot);
    slot.child.kill("SIGKILL");
    if (!slot.ready) {
      // A process that dies before it has loaded would die again: the waiting files are told why, not retried for ever.
      for (const waiting of this.queue.splice(0)) waiting.resolve({ path: waiting.request.path, paragraphs: new Map(), error: reason });
      return;
    }
    if (this.queue.length > 0) this.spawn();
  }
}
