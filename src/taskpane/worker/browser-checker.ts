import { inThreadChecker, type Checker } from "../../core/checker";
import type { WorkerLike } from "./protocol";

/**
 * The pane's checker: in a Web Worker with a watchdog where the webview supports workers, otherwise in the pane's
 * own thread. Webpack bundles check.worker.ts, with the engine, as a script of its own from the add-in's origin,
 * which the Content-Security-Policy's script-src 'self' allows. The watchdog itself loads with the first check,
 * after the pane has painted, so it does not weigh on the pane's first download.
 */
export function browserChecker(): Checker {
  if (typeof Worker !== "function") return inThreadChecker;
  let watchdog: Promise<Checker> | undefined;
  return async (snapshot, profile) => {
    watchdog ??= import(/* webpackChunkName: "watchdog" */ "./watchdog-checker").then(({ createWatchdogChecker }) =>
      createWatchdogChecker({
        createWorker: () => new Worker(/* webpackChunkName: "check-worker" */ new URL("./check.worker.ts", import.meta.url), { name: "rod-check" }) as unknown as WorkerLike,
      }),
    );
    return (await watchdog)(snapshot, profile);
  };
}
