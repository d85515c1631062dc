import type { Io } from "../../../src/cli/main";

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

/** Captures what the command writes, and lets a test say whether each stream is a terminal. */
export function memoryIo(cwd: string, options: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {}): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => out.push(text), isTTY: options.stdoutTTY ?? false, columns: 100 },
    stderr: { write: (text: string) => err.push(text), isTTY: options.stderrTTY ?? false, columns: 100 },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}
