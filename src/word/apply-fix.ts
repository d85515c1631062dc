import type { FixResult } from "./document-host";
import type { Profile } from "../core/profile/schema";
import type { Finding, Fix, Report } from "../core/report";
import type { SectionId } from "../core/sections";
import { makeHeadingsReal } from "./heading-styles";
import { insertMissingSections } from "./insert-template";
import { inThreadChecker, type Checker } from "../core/checker";
import { errorMessage } from "../core/text/error-message";
import { queueSnapshot, type ReadFeatures } from "./read-snapshot";
import { BodySearch } from "./body-search";
import { editAnchor, minimalEdit, replaceAt } from "./replace-text";
import { quote } from "../core/text/quote";
import type { TextMap } from "./text-map";
import { stillReads } from "./text-range";

type ReplaceTextFix = Extract<Fix, { kind: "replace-text" }>;

function refuse(reason: string): FixResult {
  return { applied: false, reason };
}

function applied(description: string, tracked: boolean): FixResult {
  return { applied: true, message: tracked ? `${description} (as a tracked change).` : `${description}.` };
}

/**
 * Applies a finding's fix only if its target still reads as it did when the check ran: the text at the location
 * is unchanged and a fresh check still proposes the same fix, or the section is still missing. Otherwise it
 * refuses and asks for a new check.
 */
export async function applyFix(
  context: Word.RequestContext,
  finding: Finding,
  profile: Profile,
  readTracking: boolean,
  check: Checker = inThreadChecker,
  features?: ReadFeatures,
  expected?: TextMap,
): Promise<FixResult> {
  const fix = finding.fix;
  if (!fix) return refuse("This finding has no automatic fix. Change the document by hand.");
  if (fix.kind === "insert-section") return insertSection(context, fix.section, fix.description, profile, readTracking, features);
  if (fix.kind === "heading-style") {
    const { refused, tracked } = await makeHeadingsReal(context, [fix], readTracking, features);
    return refused.length > 0 ? refuse(`${refused[0].reason} Nothing was changed. Check again.`) : applied(fix.done ?? fix.description, tracked);
  }
  return replaceText(context, finding, fix, profile, readTracking, check, features, expected);
}

async function insertSection(
  context: Word.RequestContext,
  section: SectionId,
  description: string,
  profile: Profile,
  readTracking: boolean,
  features: ReadFeatures | undefined,
): Promise<FixResult> {
  const { plan, tracked, refused } = await insertMissingSections(context, profile, { readTracking, only: section, features });
  if (refused) return refuse(refused);
  if (!plan.missing.includes(section)) {
    const heading = profile.sections.find((candidate) => candidate.id === section)?.heading ?? section;
    return refuse(`The ${quote(heading.replace(/:$/, ""))} section is already in the document. Check again.`);
  }
  return applied(description, tracked);
}

async function replaceText(
  context: Word.RequestContext,
  finding: Finding,
  fix: ReplaceTextFix,
  profile: Profile,
  readTracking: boolean,
  check: Checker,
  features: ReadFeatures | undefined,
  expected: TextMap | undefined,
): Promise<FixResult> {
  const { location, replacement } = fix;
  const pending = queueSnapshot(context, { reviewedText: false, ...features, locks: true });
  if (readTracking) context.document.load("changeTrackingMode");
  // Searched in the same batch as the re-read, so the edit itself is the only other round trip.
  const search = new BodySearch(context.document.body);
  search.want(expected, editAnchor(location, minimalEdit(location.text, replacement)).span, location);
  await context.sync();
  const tracked = readTracking && context.document.changeTrackingMode !== "Off";
  const { snapshot, maps } = pending.read();
  const paragraph = pending.paragraphs.items[location.block];
  const map = maps[location.block];
  if (!paragraph || !stillReads(map, location)) {
    return refuse(`The text has changed since the check: ${quote(location.text)} is no longer there. Check again.`);
  }
  // The span can survive an edit around it ("Key decision:" → "Key decision: NO"): only a fix the check still
  // proposes is applied.
  let fresh: Report;
  try {
    fresh = await check(snapshot, profile);
  } catch (error) {
    // A check stopped by the watchdog (or one that failed) confirms nothing: nothing is changed.
    return refuse(errorMessage(error));
  }
  if (!fresh.findings.some((candidate) => sameFix(candidate, finding.ruleId, fix))) {
    return refuse(`The text has changed since the check: the paragraph now reads ${quote(map.text)}. Check again.`);
  }
  if (pending.locked(location.block)) {
    return refuse(
      `${quote(location.text)} is in a locked content control, so Word does not allow it to be changed and nothing was changed. Change it by hand once the control is unlocked.`,
    );
  }
  const refusal = await replaceAt(context, paragraph, maps, location, replacement, search);
  if (refusal) return refuse(refusal);
  return applied(fix.description, tracked);
}

function sameFix(fresh: Finding, ruleId: string, fix: ReplaceTextFix): boolean {
  const other = fresh.fix;
  if (fresh.ruleId !== ruleId || other?.kind !== "replace-text" || other.replacement !== fix.replacement) return false;
  const [a, b] = [other.location, fix.location];
  return a.block === b.block && a.start === b.start && a.length === b.length && a.text === b.text;
}
