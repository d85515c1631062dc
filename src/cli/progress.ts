import { printable } from "./format/printable";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 50;

/** A one-line bar redrawn in place on a terminal; it is erased when done, leaving the report clean. */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {}

  update(done: number, current: string): void {
    const time = this.now();
    if (done < this.total && time - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = time;
    const filled = Math.round((done / this.total) * BAR_WIDTH);
    const bar = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${this.total} `;
    const room = Math.max((this.stream.columns ?? 80) - bar.length - 1, 0);
    const shown = printable(current);
    const name = shown.length <= room ? shown : `…${shown.slice(shown.length - room + 1)}`;
    this.stream.write(`\r\u001b[K${bar}${room > 0 ? name : ""}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write("\r\u001b[K");
  }
}
