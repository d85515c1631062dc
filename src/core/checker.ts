import type { DocSnapshot } from "./document";
import type { Profile } from "./profile/schema";
import type { Report } from "./report";

/**
 * How a host runs a check: in its own thread, or in a worker with a watchdog, without the caller knowing which.
 * A check that is stopped or fails simply rejects.
 */
export type Checker = (snapshot: DocSnapshot, profile: Profile) => Promise<Report>;

/**
 * The default: the engine in the caller's thread, loaded with the first check so it stays out of a first download,
 * with the pattern engine loaded first for a profile that brings patterns of its own.
 */
export const inThreadChecker: Checker = async (snapshot, profile) =>
  (await import(/* webpackChunkName: "engine" */ "./check-prepared")).checkPrepared(snapshot, profile);
