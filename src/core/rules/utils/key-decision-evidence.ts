import type { Analysis } from "../../analysis";
import type { DocSnapshot } from "../../document";
import { crossesThreshold } from "../../money";
import { formatPounds } from "../../pounds";
import { occurrencesOf } from "../../outline";
import type { Profile } from "../../profile/schema";
import type { AmountSummary, Fix, Location } from "../../report";
import { templateText } from "../../template-text";
import { spanAt, wholeBlock } from "./location";

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
 * One amount per sum, largest first: "£2.4m" and "£2,400,000" are the same sum written two ways, so only its
 * first mention is kept.
 */
export function distinctSums(amounts: AmountSummary[]): AmountSummary[] {
  const first = new Map<number, AmountSummary>();
  for (const amount of amounts) if (!first.has(amount.value)) first.set(amount.value, amount);
  return [...first.values()].sort((a, b) => b.value - a.value);
}

/**
 * Where a finding about sums over the threshold points: the largest sum, with every sum listed in its data, so one
 * finding covers them all.
 */
export function atLargestSum(snapshot: DocSnapshot, analysis: Analysis, profile: Profile, sums: AmountSummary[]) {
  const largest = sums[0];
  return {
    section: largest.section,
    location: spanAt(snapshot, largest.block, largest.start, largest.length),
    data: {
      amount: largest.value,
      class: largest.class,
      reason: largest.reason,
      threshold: profile.keyDecision.threshold,
      answer: analysis.keyDecision.answer,
      sums: sumLocations(snapshot, sums),
    },
  };
}

/** Every distinct sum, with where it is, so a finding can list each one and the pane can go to it. */
export function sumLocations(snapshot: DocSnapshot, sums: AmountSummary[]): { value: number; location: Location }[] {
  return sums.map((sum) => ({ value: sum.value, location: spanAt(snapshot, sum.block, sum.start, sum.length) }));
}

/** The sums after the first, as a sentence: " So is £3m.", " So are £3m, £2m and 2 more." (empty for one sum). */
export function alsoOver(sums: AmountSummary[]): string {
  const others = sums.slice(1);
  if (others.length === 0) return "";
  const named = others.slice(0, 3).map((sum) => sum.text);
  const rest = others.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named[0];
  return ` So ${others.length === 1 ? "is" : "are"} ${list}.`;
}

const YES_FOR: Record<string, string> = { NO: "YES", No: "Yes", no: "yes" };

/**
 * "Key decision: NO" beside a sum over the threshold: changing the answer is safe to offer (the officer still
 * chooses), but only for a plain no; other wordings ("Non-key") are left for the officer to rewrite.
 */
export function changeAnswerFix(snapshot: DocSnapshot, analysis: Analysis): Fix | undefined {
  const { answer, text, block, headingBlock } = analysis.keyDecision;
  if (answer !== "no" || text === undefined || block === undefined) return undefined;
  const replacement = YES_FOR[text];
  if (!replacement) return undefined;
  const occurrence = occurrencesOf(analysis.outline, "key-decision").find((candidate) => candidate.headingBlock === headingBlock);
  const from = block === headingBlock && occurrence?.inline ? occurrence.inline.start : 0;
  const at = snapshot.blocks[block].text.indexOf(text, from);
  if (at < 0) return undefined;
  return {
    kind: "replace-text",
    location: spanAt(snapshot, block, at, text.length),
    replacement,
    description: `Change the answer to ${replacement}`,
    done: `Changed the key-decision answer from “${text}” to “${replacement}”`,
  };
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
      return {
        kind: "replace-text",
        location: wholeBlock(snapshot, index),
        replacement: "YES",
        description: "Answer YES to the key-decision question",
        done: "Answered YES to the key-decision question",
      };
    }
    break;
  }
  const heading = wholeBlock(snapshot, occurrence.headingBlock);
  const replacement = heading.text.endsWith(":") ? `${heading.text} YES` : `${heading.text}: YES`;
  return {
    kind: "replace-text",
    location: heading,
    replacement,
    description: `Change “${heading.text}” to “${replacement}”`,
    done: `Changed “${heading.text}” to “${replacement}”`,
  };
}
