/**
 * How a profile's placeholder patterns run. The built-in profiles' own patterns are proved free of catastrophic
 * backtracking by the test suite (recheck), so they run on JavaScript's engine, several times faster; any other
 * pattern comes from outside the code and runs on RE2 (re2js), in linear time (see pattern-safety.ts).
 *
 * re2js is a quarter of a megabyte, so it is loaded only for a profile that brings patterns of its own: whoever
 * checks with a profile that may be a council's awaits preparePatterns(profile) first, through checkPrepared (the
 * CLI, the pane's worker, its in-thread checker and a fix's fresh check).
 */
import type { RE2JS } from "re2js";
import { builtInProfiles } from "./builtin";
import { re2Source } from "./pattern-safety";
import type { Profile } from "./schema";

/** A compiled pattern; exec finds the first match, as RegExp#exec does without the g flag. */
export interface ProfilePattern {
  exec(text: string): { 0: string; index: number } | null;
}

const vetted = new Set(Object.values(builtInProfiles).flatMap((builtIn) => builtIn.placeholders.patterns));

let engine: typeof RE2JS | undefined;
let loading: Promise<void> | undefined;

/** Whether checking with this profile needs the pattern engine: it has patterns the built-in profiles do not. */
function bringsPatterns(profile: Profile): boolean {
  return profile.placeholders.patterns.some((source) => !vetted.has(source));
}

/** Loads the pattern engine, once; a failed download is tried again next time. */
export function loadPatternEngine(): Promise<void> {
  if (engine) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "pattern-engine" */ "re2js").then(
    (module) => {
      engine = module.RE2JS;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Loads the pattern engine if this profile needs it. */
export function preparePatterns(profile: Profile): Promise<void> {
  return bringsPatterns(profile) ? loadPatternEngine() : Promise.resolve();
}

/** A pattern compiled on RE2, case-insensitively; the engine must have been loaded (loadPatternEngine). */
export function compileProfilePattern(source: string): ProfilePattern {
  if (!engine) throw new Error("A profile's own placeholder patterns need the pattern engine, which has not been loaded (preparePatterns).");
  const compiled = engine.compile(re2Source(source), engine.CASE_INSENSITIVE);
  return {
    exec(text) {
      const match = compiled.exec(text) as (string[] & { index: number }) | null;
      return match ? { 0: match[0], index: match.index } : null;
    },
  };
}

const cache = new WeakMap<Profile, ProfilePattern[]>();

/** The profile's patterns compiled, case-insensitively; those of its own need preparePatterns(profile) to have finished. */
export function compilePatterns(profile: Profile): ProfilePattern[] {
  const cached = cache.get(profile);
  if (cached) return cached;
  const compiled = profile.placeholders.patterns.map((source, index) => {
    if (vetted.has(source)) return new RegExp(source, "i");
    try {
      return compileProfilePattern(source);
    } catch (error) {
      // Unreachable for a profile that parseProfile accepted; said plainly all the same.
      throw new Error(`placeholders.patterns[${index}] cannot be run: ${(error as Error).message}`);
    }
  });
  cache.set(profile, compiled);
  return compiled;
}
