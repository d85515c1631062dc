import { readFileSync, readlinkSync } from "node:fs";

/**
 * The slots of the clock a checking thread shares with the pool: the id of the file being read (-1
 * before the first), when it was started (Date.now()) and the thread's processor time then (ms, NaN
 * where the system does not say). The thread writes them as it starts each file; the pool reads them
 * to hold that file to its limits.
 */
export const FileClock = { id: 0, startedAt: 1, startCpu: 2, slots: 3 } as const;

/** Linux counts a thread's processor time in ticks of 1/100 s (USER_HZ) in /proc/<pid>/task/<tid>/stat. */
const MS_PER_TICK = 10;

/** The calling thread's /proc path ("<pid>/task/<tid>"), so another thread can read its processor time; undefined off Linux. */
export function threadPath(): string | undefined {
  try {
    return readlinkSync("/proc/thread-self");
  } catch {
    return undefined;
  }
}

/** Processor time (user and system) of a thread, in ms, from its /proc path; NaN where the system does not say. */
export function threadProcessorTime(thread: string | undefined): number {
  if (thread === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${thread}/stat`, "latin1");
    // The command name (field 2) is in brackets and may hold spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return Number.NaN;
  }
}
