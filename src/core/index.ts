/** The checker engine's public API: pure TypeScript, the same in Word, in a worker and in Node. */
export type { Block, DocSnapshot } from "./document";
export type { SectionId } from "./sections";
export { SECTION_IDS } from "./sections";
export type { Finding, Fix, Report, Severity } from "./report";
export type { Profile, RuleLevel } from "./profile/schema";
export { snapshotFromText } from "./text/snapshot-from-text";
export { checkDocument } from "./check";
export { checkPrepared } from "./check-prepared";
export { builtInProfiles, defaultProfile } from "./profile/builtin";
export { buildTemplate, planInsertion, applyInsertionPlan } from "./template";
export { ruleMetas, ruleMetasFor } from "./rules";
export { formatPounds } from "./pounds";
export { parseProfile, ProfileError } from "./profile/parse";
