/**
 * The parts of the engine the pane uses, imported from their own modules rather than from src/core/index.ts:
 * the index also exports parseProfile, which would pull zod into the pane's first download.
 */
export { checkDocument } from "../core/check";
export { builtInProfiles, defaultProfile } from "../core/profile/builtin";
export { getRuleMeta } from "../core/rules";
export { formatPounds } from "../core/money";
