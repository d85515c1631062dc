import { findDates, findYearRanges, PERIOD_JOIN, PERIOD_START } from "../dates";
import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

export const dateOrder: Rule = {
  meta: ruleMetadata["date-order"],
  check({ snapshot, analysis, report }) {
    snapshot.blocks.forEach((block, index) => {
      const text = block.text;
      if (!/\d/.test(text)) return;
      const section = analysis.outline.sectionOfBlock[index];
      const dates = findDates(text);
      for (const date of dates) {
        if (date.day !== undefined) continue;
        report({ message: `“${date.text}” is not a real date. Check the day and month.`, section, location: spanAt(snapshot, index, date.start, date.length), data: { kind: "impossible-date" } });
      }
      for (let position = 1; position < dates.length; position++) {
        const first = dates[position - 1];
        const second = dates[position];
        if (first.day === undefined || second.day === undefined || second.day >= first.day) continue;
        const between = text.slice(first.start + first.length, second.start);
        const before = text.slice(Math.max(0, first.start - 60), first.start);
        if (!PERIOD_JOIN.test(between) || !(PERIOD_START.test(before) || /clos|end|finish|conclu/i.test(between))) continue;
        report({
          message: `The period runs backwards: it starts on ${first.text} but ends on ${second.text}. Check the dates.`,
          section,
          location: spanAt(snapshot, index, first.start, second.start + second.length - first.start),
          data: { kind: "period", from: first.text, to: second.text },
        });
      }
      for (const range of findYearRanges(text)) {
        if (range.to >= range.from) continue;
        report({
          message: `The years “${range.text}” run backwards (${range.from} to ${range.to}). Check the years.`,
          section,
          location: spanAt(snapshot, index, range.start, range.length),
          data: { kind: "year-range", from: range.from, to: range.to },
        });
      }
    });
  },
};
