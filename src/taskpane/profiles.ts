import type { Profile } from "../core/profile/schema";
import { loadEngine, type Engine } from "./engine";

/** The document setting that remembers which council profile this record is checked against. */
export const PROFILE_SETTING_KEY = "rod.profile";

export interface ProfileCatalogue {
  /** In the order the picker lists them. */
  profiles: Profile[];
  /** Used when the document does not name a profile (or names one that is not available). */
  defaultId: string;
  /** A readable problem to show, e.g. an admin-hosted profile that failed validation and was skipped. */
  problem?: string;
}

/**
 * Where the pane gets its council profiles. Injected so that an admin-hosted profile can be added in front of
 * the built-in ones; a source reports its own problems through `problem` rather than rejecting.
 */
export type ProfileSource = () => Promise<ProfileCatalogue>;

export const builtInProfileSource: ProfileSource = async () => builtInCatalogue(await loadEngine());

export function builtInCatalogue({ builtInProfiles, defaultProfile }: Pick<Engine, "builtInProfiles" | "defaultProfile">): ProfileCatalogue {
  const others = Object.values(builtInProfiles).filter((profile) => profile.id !== defaultProfile.id);
  return { profiles: [defaultProfile, ...others], defaultId: defaultProfile.id };
}
