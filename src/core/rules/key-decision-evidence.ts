import type { Analysis } from "../analysis";
import type { DocSnapshot } from "../document";
import { crossesThreshold } from "../money";
import { formatPounds } from "../pounds";
import { occurrencesOf } from "../outline";
import type { Profile } from "../profile/schema";
import type { AmountSummary, Fix } from "../report";
import { templateText } from "../template-text";
import { wholeBlock } from "./location";

export function thresholdLabel(profile: Profile): string {
  const amount = formatPounds(profile.keyDecision.threshold);
  return profile.keyDecision.comparator === "in-excess-of" ? `in excess of ${amount}` : `${amount} or more`;
}

/** Spend and budget amounts over the threshold: the ones that make a decision key. */
export function amountsOverThreshold(analysis: Analysis, profile: Profile, classes: AmountSummary["class"][] = ["spend", "budget"]): AmountSummary[] {
  const { threshold, comparator } = profile.keyDecision;
  return analysis.amounts.filter((amount) => classes.includes(amount.class) && crossesThreshold(amount.value, threshold, comparator));
}

/**
 * Setting the answer is safe only when the record's own figures say YES; otherwise the officer must judge
 * the community test, so no fix is offered. The answer replaces the guidance line if there is one,
 * or is added to the heading ("Key decision:" → "Key decision: YES").
 */
export function keyDecisionAnswerFix(snapshot: DocSnapshot, analysis: Analysis, profile: Profile): Fix | undefined {
  if (amountsOverThreshold(analysis, profile).length === 0) return undefined;
  const occurrence = occurrencesOf(analysis.outline, "key-decision")[0];
  if (!occurrence) return undefined;
  const guidance = templateText(profile).guidance;
  for (let index = occurrence.bodyStart; index < occurrence.bodyEnd; index++) {
    const text = snapshot.blocks[index].text;
    if (text.trim() === "") continue;
    if (guidance.has(text)) {
      return { kind: "replace-text", location: wholeBlock(snapshot, index), replacement: "YES", description: "Answer YES to the key-decision question" };
    }
    break;
  }
  const heading = wholeBlock(snapshot, occurrence.headingBlock);
  const replacement = heading.text.endsWith(":") ? `${heading.text} YES` : `${heading.text}: YES`;
  return { kind: "replace-text", location: heading, replacement, description: `Change “${heading.text}” to “${replacement}”` };
}
