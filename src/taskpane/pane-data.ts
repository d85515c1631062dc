import type { Profile } from "../core/profile/schema";
import type { RuleMeta } from "../core/rules/types";

/**
 * What the pane shows before and beside a check: each rule's title and why, and the built-in profiles. Plain data
 * in a small chunk of its own, so the pane never downloads the rules (they run in the check worker) or zod (which
 * only a council's own profile.json needs) to show them.
 */
export interface PaneData {
  ruleMetas: readonly RuleMeta[];
  builtInProfiles: Readonly<Record<string, Profile>>;
  defaultProfile: Profile;
}

let loading: Promise<PaneData> | undefined;

export function loadPaneData(): Promise<PaneData> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "pane-data" */ "../core/rules/metadata"),
    import(/* webpackChunkName: "pane-data" */ "../core/profile/builtin"),
  ]).then(([rules, builtin]) => ({ ruleMetas: rules.ruleMetas, builtInProfiles: builtin.builtInProfiles, defaultProfile: builtin.defaultProfile }));
  // A failed download must not stick: the next request tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
