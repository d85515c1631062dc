/**
 * Word raises paragraph events for the add-in's own edits too (source "Local", like the user's). While one of our
 * writing batches runs, and for a short grace period after it (events arrive asynchronously), events are ours.
 */
export class OwnEdits {
  private running = 0;
  private quietUntil = 0;

  constructor(
    private readonly graceMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async during<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.quietUntil = this.now() + this.graceMs;
    }
  }

  get active(): boolean {
    return this.running > 0 || this.now() < this.quietUntil;
  }
}
