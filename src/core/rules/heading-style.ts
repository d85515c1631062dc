import { shortQuote } from "../text/quote";
import { headingLevel } from "../document";
import { type HeadingLine, type HeadingLook, type HeadingStyleName, headingLines, styleLabel, styleName } from "../headings";
import type { Fix } from "../report";
import { wholeBlock } from "./utils/location";
import type { Rule, RuleContext } from "./types";
import { ruleMetadata } from "./metadata";

const LOOKS: Record<HeadingLook, string> = {
  "list item": "a list item",
  bold: "bold text",
  capitals: "a line in capitals",
  colon: "a line ending in a colon",
  plain: "plain text",
};

function headingFix(context: RuleContext, block: number, style: HeadingStyleName): Fix {
  const location = wholeBlock(context.snapshot, block);
  const words = `“${shortQuote(location.text)}”`;
  return { kind: "heading-style", location, style, description: `Make ${words} ${styleLabel(style)}`, done: `Made ${words} ${styleLabel(style)}` };
}

function reportLine(context: RuleContext, line: HeadingLine): void {
  const location = wholeBlock(context.snapshot, line.block);
  const label = styleLabel(line.style);
  // A heading style applied to an automatic list item drops its number: that one is changed by hand, not by Fix.
  const listItem = line.look === "list item";
  context.report({
    message: `“${shortQuote(location.text, 80)}” is ${LOOKS[line.look ?? "plain"]}, not a Word heading, so screen readers and a PDF's outline cannot find it. Make it ${label}${listItem ? " by hand, keeping its number" : ""}.`,
    ...(line.section ? { section: line.section } : {}),
    location,
    data: { kind: "not-a-heading", look: line.look, style: line.style },
    ...(listItem ? {} : { fix: headingFix(context, line.block, line.style) }),
  });
}

export const headingStyle: Rule = {
  meta: ruleMetadata["heading-style"],
  check(context) {
    const { snapshot, profile, analysis } = context;
    // A page with none of the record's headings or controls is not yet a record: required-section offers the template.
    if (!analysis.outline.occurrences.some((occurrence) => occurrence.via !== "inferred")) return;
    const lines = headingLines(snapshot, profile, analysis);
    const title = lines.find((line) => line.section === undefined);
    const hasTop = snapshot.blocks.some((block) => headingLevel(block) === 1);

    for (const line of lines) {
      if (line.real) continue;
      if (line === title && !hasTop) {
        const location = wholeBlock(snapshot, line.block);
        context.report({
          message: `The document has no Heading 1 or Title. Make its title “${shortQuote(location.text, 80)}” the Title.`,
          location,
          data: { kind: "no-title", look: line.look, style: line.style },
          fix: headingFix(context, line.block, line.style),
        });
        continue;
      }
      reportLine(context, line);
    }
    if (!hasTop && !title) {
      context.report({ message: "The document has no Heading 1 or Title. Give the record a title in the Title style.", data: { kind: "no-title" } });
    }

    // A level may go down by any amount but up by one at a time: Heading 1 → Heading 3 leaves a hole in the outline.
    const sectionOf = new Map(lines.map((line) => [line.block, line]));
    let previous: number | undefined;
    snapshot.blocks.forEach((block, index) => {
      const level = headingLevel(block);
      if (level === undefined) return;
      if (previous !== undefined && level > previous + 1) {
        const wanted = sectionOf.get(index)?.style;
        const wantedLevel = wanted && wanted !== "Title" ? Number(wanted.slice(-1)) : previous + 1;
        const style = styleName(Math.min(wantedLevel, previous + 1));
        const location = wholeBlock(snapshot, index);
        context.report({
          message: `“${shortQuote(location.text, 80)}” is Heading ${level} straight after Heading ${previous}: a level is skipped. Make it ${styleLabel(style)}.`,
          ...(sectionOf.get(index)?.section ? { section: sectionOf.get(index)!.section } : {}),
          location,
          data: { kind: "skipped-level", level, after: previous, style },
          fix: headingFix(context, index, style),
        });
        previous = Number(style.slice(-1));
        return;
      }
      previous = level;
    });
  },
};
