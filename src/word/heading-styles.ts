import type { HeadingsResult } from "./document-host";
import type { Finding, Fix } from "../core/report";
import { queueSnapshot, type ReadFeatures } from "./read-snapshot";
import { quote } from "../core/text/quote";
import { stillReads } from "./text-range";

type HeadingFix = Extract<Fix, { kind: "heading-style" }>;

/** The heading-style fixes among a check's findings, one per paragraph. */
export function headingFixes(findings: readonly Finding[]): HeadingFix[] {
  const byBlock = new Map<number, HeadingFix>();
  for (const finding of findings) {
    if (finding.fix?.kind === "heading-style" && !byBlock.has(finding.fix.location.block)) byBlock.set(finding.fix.location.block, finding.fix);
  }
  return [...byBlock.values()];
}

/**
 * Gives each paragraph the built-in heading style its fix names, in two round trips: one reads every paragraph (text,
 * list and lock state, Track Changes), one sets every style. Only the style changes, so the text, typed numbering
 * and content controls stay as they were; all the changes go to Word in one batch, which is as near to one Undo
 * step as Office.js allows (it has no way to group edits for Undo: office-js #1827). A paragraph that no longer
 * reads as the check saw it, sits in a locked control or is an automatic list item (whose numbering a heading style
 * would drop) is left alone and named in the result.
 */
export async function makeHeadingsReal(context: Word.RequestContext, fixes: readonly HeadingFix[], readTracking: boolean, features?: ReadFeatures): Promise<HeadingsResult> {
  const pending = queueSnapshot(context, { reviewedText: false, ...features, locks: true });
  if (readTracking) context.document.load("changeTrackingMode");
  await context.sync();
  const tracked = readTracking && context.document.changeTrackingMode !== "Off";
  const { maps } = pending.read();
  const refused: HeadingsResult["refused"] = [];
  let changed = 0;
  for (const fix of fixes) {
    const { location } = fix;
    const paragraph = pending.paragraphs.items[location.block];
    if (!paragraph || !stillReads(maps[location.block], location)) {
      refused.push({ text: location.text, reason: `${quote(location.text)} has changed since the check.` });
    } else if (pending.locked(location.block)) {
      refused.push({ text: location.text, reason: `${quote(location.text)} is in a locked content control.` });
    } else if (paragraph.isListItem) {
      refused.push({ text: location.text, reason: `${quote(location.text)} is a numbered or bulleted list item: a heading style would remove its number.` });
    } else {
      paragraph.styleBuiltIn = fix.style as Word.BuiltInStyleName;
      changed++;
    }
  }
  if (changed > 0) await context.sync();
  return { changed, refused, tracked };
}
