import type { Profile } from "../core/profile/schema";
import type { RuleMeta } from "../core/rules/types";

/**
 * The parts of the engine the pane reads (the check itself runs through core/checker.ts). They are loaded on
 * demand, in a chunk of their own, so the pane renders before the rules have downloaded. The modules are named
 * one by one rather than through src/core/index.ts, which also exports parseProfile and would pull zod in with them.
 */
export interface Engine {
  builtInProfiles: Readonly<Record<string, Profile>>;
  defaultProfile: Profile;
  ruleMetas: readonly RuleMeta[];
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "engine" */ "../core/profile/builtin"),
    import(/* webpackChunkName: "engine" */ "../core/rules"),
  ]).then(([builtin, rules]) => ({
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
