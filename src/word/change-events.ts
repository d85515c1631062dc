import type { OfficeApi } from "./office-api";
import type { ParagraphEventArgs } from "./incremental-read";
import type { OwnEdits } from "./own-edits";

/** Calls back when the officer returns to the pane (given by the pane, whose window it is); returns a stop function. */
export type FocusSource = (callback: () => void) => () => void;

/** Told of every paragraph event (the add-in's own edits too) and of when events start and stop arriving. */
interface ParagraphEventSink {
  received(event: ParagraphEventArgs): void;
  listening(on: boolean): void;
}

export interface ChangeWatchOptions {
  paragraphEvents: boolean;
  sink?: ParagraphEventSink;
  ownEdits: OwnEdits;
  debounceMs: number;
  focusSource: FocusSource | undefined;
}

/**
 * Calls `listener` (debounced) when the document changes or may have: on WordApi 1.6 paragraph events, and on
 * each return to the pane, where edits made while it was away may have gone unreported (and where Word before
 * 1.6, or one that refuses the events, reports nothing at all). Returns an unsubscribe function.
 */
export function watchDocumentChanges(api: OfficeApi, listener: () => void, options: ChangeWatchOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const changed = () => {
    if (stopped || options.ownEdits.active) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) listener();
    }, options.debounceMs);
  };
  const stopFocus = options.focusSource?.(changed);

  let removeEvents: (() => Promise<void>) | undefined;
  let listened = false;
  if (options.paragraphEvents) {
    // Removing a handler needs the very context that added it, so this context lives as long as the subscription.
    const context = new api.Word.RequestContext();
    const handler = async (event: ParagraphEventArgs) => {
      if (!stopped) options.sink?.received(event);
      changed();
    };
    const handlers = [
      context.document.onParagraphAdded.add(handler),
      context.document.onParagraphChanged.add(handler),
      context.document.onParagraphDeleted.add(handler),
    ];
    const registered = context.sync().then(
      () => {
        if (!stopped) {
          listened = true;
          options.sink?.listening(true);
        }
        return true;
      },
      () => false,
    );
    removeEvents = async () => {
      if (!(await registered)) return;
      handlers.forEach((handler) => handler.remove());
      await context.sync();
    };
  }

  return () => {
    stopped = true;
    if (listened) options.sink?.listening(false);
    listened = false;
    if (timer !== undefined) clearTimeout(timer);
    stopFocus?.();
    // A failed removal leaves a handler that now ignores everything (stopped): nothing to report to the officer.
    removeEvents?.().catch(() => undefined);
  };
}
