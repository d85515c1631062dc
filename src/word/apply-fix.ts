import type { FixResult } from "../core/document-host";
import type { Profile } from "../core/profile/schema";
import type { Finding, Fix, Location } from "../core/report";
import type { SectionId } from "../core/sections";
import { insertMissingSections } from "./insert-template";
import { queueLocationRange } from "./text-range";
import { stillMatches } from "./text-search";

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
  return `“${short}”`;
}

function refuse(reason: string): FixResult {
  return { applied: false, reason };
}

function applied(description: string, tracked: boolean): FixResult {
  return { applied: true, message: tracked ? `${description} (as a tracked change).` : `${description}.` };
}

/**
 * Applies a finding's fix only if its target still reads as it did when the check ran: the text at the location
 * is unchanged, or the section is still missing. Otherwise it refuses and asks for a new check.
 */
export async function applyFix(context: Word.RequestContext, finding: Finding, profile: Profile, readTracking: boolean): Promise<FixResult> {
  const fix = finding.fix;
  if (!fix) return refuse("This finding has no automatic fix. Change the document by hand.");
  if (fix.kind === "insert-section") return insertSection(context, fix.section, fix.description, profile, readTracking);
  return replaceText(context, fix, readTracking);
}

async function insertSection(context: Word.RequestContext, section: SectionId, description: string, profile: Profile, readTracking: boolean): Promise<FixResult> {
  const { plan, tracked } = await insertMissingSections(context, profile, { readTracking, only: section });
  if (!plan.missing.includes(section)) {
    const heading = profile.sections.find((candidate) => candidate.id === section)?.heading ?? section;
    return refuse(`The ${quote(heading.replace(/:$/, ""))} section is already in the document. Check again.`);
  }
  return applied(description, tracked);
}

async function replaceText(context: Word.RequestContext, fix: Extract<Fix, { kind: "replace-text" }>, readTracking: boolean): Promise<FixResult> {
  const { location, replacement } = fix;
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  if (readTracking) context.document.load("changeTrackingMode");
  await context.sync();
  const tracked = readTracking && context.document.changeTrackingMode !== "Off";
  const paragraph = paragraphs.items[location.block];
  if (!paragraph || !stillMatches(paragraph.text, location)) {
    return refuse(`The text has changed since the check: ${quote(location.text)} is no longer there. Check again.`);
  }
  const whole = wholeParagraphEdit(paragraph.text, location);
  if (whole) {
    paragraph.insertText(replacement, whole);
  } else {
    const pending = queueLocationRange(paragraph, paragraph.text, location);
    if (!pending) return refuse(`Word cannot pick out ${quote(location.text)} on its own, so nothing was changed. Change it by hand.`);
    await context.sync();
    const range = pending.pick();
    if (!range) return refuse(`Word's search did not find ${quote(location.text)}, so nothing was changed. Check again.`);
    range.insertText(replacement, "Replace");
  }
  await context.sync();
  return applied(fix.description, tracked);
}

/** Edits that need no search: the whole paragraph, or an insertion at its start or end. */
function wholeParagraphEdit(paragraphText: string, location: Location): "Replace" | "Start" | "End" | undefined {
  if (location.length > 0) return location.start === 0 && location.length === paragraphText.length ? "Replace" : undefined;
  if (location.start === 0) return "Start";
  return location.start === paragraphText.length ? "End" : undefined;
}
