import { errorMessage } from "../core/text/error-message";

/** A checker rejects with this when its watchdog stopped a check that ran too long. */
export class CheckStoppedError extends Error {
  override readonly name = "CheckStoppedError";
  constructor(readonly limitMs: number) {
    super(
      `The check took too long and was stopped after ${formatSeconds(limitMs)}. ` +
        "Your document has not been changed. A very long document can cause this.",
    );
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds === 1 ? "1 second" : `${seconds.toLocaleString("en-GB")} seconds`;
}

/** The sentence the pane shows when a check did not produce a report. */
export function describeCheckFailure(error: unknown): string {
  if (error instanceof CheckStoppedError) return error.message;
  return `The check could not finish: ${errorMessage(error)}`;
}
