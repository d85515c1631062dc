import type { Profile } from "../core/profile/schema";
import { errorMessage } from "../core/text/error-message";
import { loadPaneData, type PaneData } from "./pane-data";

/** The document setting that remembers which council profile this record is checked against. */
export const PROFILE_SETTING_KEY = "rod.profile";

/** The council's own profile, hosted by the admin next to taskpane.html. */
const HOSTED_PROFILE_FILE = "profile.json";

export interface ProfileCatalogue {
  /** In the order the picker lists them. */
  profiles: Profile[];
  /** Used when the document does not name a profile (or names one that is not available). */
  defaultId: string;
  /** A readable problem to show, e.g. an admin-hosted profile that failed validation and was skipped. */
  problem?: string;
  /** The details of that problem, one line each (e.g. each field of the profile that is wrong). */
  problemItems?: string[];
}

/**
 * Where the pane gets its council profiles. Injected so that an admin-hosted profile can be added in front of
 * the built-in ones; a source reports its own problems through `problem` rather than rejecting.
 */
export type ProfileSource = () => Promise<ProfileCatalogue>;

export const builtInProfileSource: ProfileSource = async () => builtInCatalogue(await loadPaneData());

export function builtInCatalogue({ builtInProfiles, defaultProfile }: Pick<PaneData, "builtInProfiles" | "defaultProfile">): ProfileCatalogue {
  const others = Object.values(builtInProfiles).filter((profile) => profile.id !== defaultProfile.id);
  return { profiles: [defaultProfile, ...others], defaultId: defaultProfile.id };
}

/** The part of fetch() the hosted profile needs, so tests can serve it without a network. */
export type ProfileFetch = (
  url: string,
  init: { cache: "no-cache"; credentials: "same-origin" },
) => Promise<{ ok: boolean; status: number; statusText: string; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface HostedProfileOptions {
  /** The address of the pane's page; the profile is looked for next to it. */
  pageUrl: string;
  fetch: ProfileFetch;
}

/** Validates a profile; loaded on demand, because zod is too big for the pane's first download. */
async function loadParser() {
  return import(/* webpackChunkName: "profile-parser" */ "../core/profile/parse");
}

/**
 * Puts the pattern engine (re2js) in the browser's cache while the pane opens, for a profile with patterns of its
 * own. The check worker loads it for that profile's first check, where a slow download would count against the
 * check's time limit and could have it stopped; from the cache it loads at once. A failure here costs nothing:
 * the worker loads it itself.
 */
function warmPatternEngine(profile: Profile): void {
  import(/* webpackChunkName: "profile-patterns" */ "../core/profile/profile-patterns")
    .then(({ preparePatterns }) => preparePatterns(profile))
    .catch(() => undefined);
}

/**
 * The built-in profiles, with the council's own profile.json (if the admin hosts one next to the add-in) first and
 * as the default. It is fetched from the add-in's own origin only, which is all the Content-Security-Policy allows,
 * and revalidated each time the pane opens. No file (404) means the built-in profiles, silently; a file that cannot
 * be read or is invalid is skipped and reported, field by field.
 */
export function hostedProfileSource({ pageUrl, fetch }: HostedProfileOptions): ProfileSource {
  return async () => {
    const url = new URL(HOSTED_PROFILE_FILE, pageUrl).href;
    const fallback = async (problem: string, problemItems?: string[]): Promise<ProfileCatalogue> => ({
      ...builtInCatalogue(await loadPaneData()),
      problem: `${problem} The built-in profiles are used until it is corrected.`,
      ...(problemItems ? { problemItems } : {}),
    });

    let response;
    try {
      response = await fetch(url, { cache: "no-cache", credentials: "same-origin" });
    } catch (error) {
      return fallback(`The council profile at ${url} could not be loaded (${errorMessage(error)}).`);
    }
    // No profile, or a host that answers every unknown address with a page: the built-in profiles, as intended.
    if (response.status === 404 || (response.ok && /^text\/html\b/i.test(response.headers.get("content-type") ?? ""))) {
      return builtInCatalogue(await loadPaneData());
    }
    if (!response.ok) {
      return fallback(`The council profile at ${url} could not be loaded: the server answered ${`${response.status} ${response.statusText}`.trim()}.`);
    }

    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch (error) {
      return fallback(`The council profile at ${url} is not valid JSON (${errorMessage(error)}).`);
    }
    const [{ parseProfile, ProfileError }, data] = await Promise.all([loadParser(), loadPaneData()]);
    let council: Profile;
    try {
      council = parseProfile(json);
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      return fallback(
        `The council profile at ${url} has ${error.issues.length === 1 ? "a mistake" : `${error.issues.length} mistakes`}, so it is not used.`,
        error.issues.map((issue) => `${issue.path || "The whole file"}: ${issue.message}`),
      );
    }
    warmPatternEngine(council);
    const builtIns = builtInCatalogue(data).profiles.filter((profile) => profile.id !== council.id);
    return { profiles: [council, ...builtIns], defaultId: council.id };
  };
}
