import type { Profile } from "../core/profile/schema";
import type { Report } from "../core/report";
import type { DocSnapshot } from "../core/document";
import type { RuleMeta } from "../core/rules/types";

/**
 * The parts of the engine the pane uses. They are loaded on demand, in a chunk of their own, so the pane
 * renders before the rules have downloaded, and so a worker-based checker can later leave them out of the
 * pane entirely. The modules are named one by one rather than through src/core/index.ts, which also
 * exports parseProfile and would pull zod in with them.
 */
export interface Engine {
  checkDocument(snapshot: DocSnapshot, profile: Profile): Promise<Report>;
  builtInProfiles: Readonly<Record<string, Profile>>;
  defaultProfile: Profile;
  ruleMetas: readonly RuleMeta[];
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "engine" */ "../core/check-prepared"),
    import(/* webpackChunkName: "engine" */ "../core/profile/builtin"),
    import(/* webpackChunkName: "engine" */ "../core/rules"),
  ]).then(([check, builtin, rules]) => ({
    checkDocument: check.checkPrepared,
    builtInProfiles: builtin.builtInProfiles,
    defaultProfile: builtin.defaultProfile,
    ruleMetas: rules.ruleMetas,
  }));
  // A failed download must not stick: the next request tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
