/** The checker engine's public API: pure TypeScript, the same in Word, in a worker and in Node. */
export type { Block, DocSnapshot } from "./document";
export { TAG_PREFIX, headingLevel } from "./document";
export type { SectionId } from "./sections";
export { SECTION_IDS, isSectionId } from "./sections";
export type {
  AmountClass,
  AmountSummary,
  Finding,
  Fix,
  KeyDecisionAnswer,
  Location,
  PublicationStatus,
  Report,
  ReportSummary,
  SectionStatus,
  SectionSummary,
  Severity,
} from "./report";
export type { Profile, ProfileInput, RuleLevel, SectionDefinition } from "./profile/schema";
export type { InsertionAnchor, InsertionPlan, InsertionStep, Template, TemplateSection } from "./template-types";
export type { RuleMeta } from "./rules/types";

export type { DecisionRecord } from "./record";
export { RECORD_FIELDS } from "./record";
export { snapshotFromText } from "./text/snapshot-from-text";
export { checkDocument } from "./check";
export { checkPrepared } from "./check-prepared";
export { builtInProfiles, defaultProfile } from "./profile/builtin";
export { buildTemplate, planInsertion, applyInsertionPlan, sectionBlocks } from "./template";
export { ruleMetas, ruleMetasFor } from "./rules";
export { crossesThreshold } from "./money";
export { formatPounds } from "./pounds";
export { parseProfile, ProfileError } from "./profile/parse";
export type { ProfileIssue } from "./profile/parse";
