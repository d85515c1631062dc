import type { OfficeApi } from "./office-api";
import type { ParagraphEventArgs } from "./incremental-read";
import type { OwnEdits } from "./own-edits";

/** Something that calls back when the officer may have edited the document (the pane regained focus...). */
export type FocusSource = (callback: () => void) => () => void;

/** In a browser: window focus, and the pane becoming visible again. Undefined outside a browser. */
export function browserFocusSource(): FocusSource | undefined {
  if (typeof window === "undefined" || typeof document === "undefined") return undefined;
  return (callback) => {
    const onVisibility = () => {
      if (document.visibilityState === "visible") callback();
    };
    window.addEventListener("focus", callback);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("focus", callback);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  };
}

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
 * Calls `listener` (debounced) when the document changes: on WordApi 1.6 paragraph events, else on focus and
 * visibility. If registering the events fails, it falls back to focus too. Returns an unsubscribe function.
 */
export function watchDocumentChanges(api: OfficeApi, listener: () => void, options: ChangeWatchOptions): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopFallback: (() => void) | undefined;

  const changed = () => {
    if (stopped || options.ownEdits.active) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) listener();
    }, options.debounceMs);
  };
  const fallBack = () => {
    if (!stopped) stopFallback = options.focusSource?.(changed);
  };

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
      () => {
        fallBack();
        return false;
      },
    );
    removeEvents = async () => {
      if (!(await registered)) return;
      handlers.forEach((handler) => handler.remove());
      await context.sync();
    };
  } else {
    fallBack();
  }

  return () => {
    stopped = true;
    if (listened) options.sink?.listening(false);
    listened = false;
    if (timer !== undefined) clearTimeout(timer);
    stopFallback?.();
    // A failed removal leaves a handler that now ignores everything (stopped): nothing to report to the officer.
    removeEvents?.().catch(() => undefined);
  };
}
