import type { DocSnapshot } from "../core/document";
import type { Profile } from "../core/profile/schema";
import type { Report } from "../core/report";

/**
 * The engine, for checks that run in the pane's own thread (the fallback where there is no worker). Loaded on
 * demand, in a chunk of its own; the pane's rule metadata and built-in profiles come from pane-data.ts instead.
 */
export interface Engine {
  /** Loads the pattern engine first if the profile brings patterns of its own. */
  checkDocument(snapshot: DocSnapshot, profile: Profile): Promise<Report>;
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "../core/check-prepared").then((check) => ({ checkDocument: check.checkPrepared }));
  // A failed download must not stick: the next request tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
