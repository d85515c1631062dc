import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { applyInsertionPlan, builtInProfiles, checkDocument, planInsertion, SECTION_IDS, snapshotFromText, type Block, type Profile } from "../../src/core";
import { buildOutline, occurrencesOf } from "../../src/core/outline";

/** Fragments real records are made of, so random text often looks like a heading, an amount, a date or a citation. */
const FRAGMENTS = [
  "£", "£1,000,000", "£1,5000,000", "£8.5m per annum", "£2-3m", "£735k", "up to", "in excess of", "threshold", "budget",
  "Key decision:", "Key decision: YES", "Decision:", "Reason(s) for decision:", "Any alternatives considered and rejected:",
  "paragraph 3 of Part 4 of Schedule 12A", "Schedule 12A", "exempt appendix", "1.3", "2032/24", "3rd December 2020",
  "31st February 2021", "from", "to", "and was closed on", "[Enter", "Option 1 -", "None", "N/A", "jane@example.org",
  "07700 900123", ":", "?", "(", "[", "**", "#", "\t", " ", "é", "\u0000", "\u2028", "👍",
];

const text = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 })), { maxLength: 12 }).map((parts) => parts.join(" "));

const block: fc.Arbitrary<Block> = fc.record(
  {
    text,
    style: fc.constantFrom("Normal", "Heading1", "Heading2", "Heading9", "Title", "ListParagraph", "Other", "Weird"),
    outlineLevel: fc.integer({ min: -2, max: 12 }),
    isListItem: fc.boolean(),
    listLabel: fc.constantFrom("1.3", "a)", "•", "", "4.1"),
    inTable: fc.boolean(),
    tag: fc.oneof(fc.constantFrom(...SECTION_IDS.map((id) => `rod:${id}`)), fc.constantFrom("rod:", "rod:nonsense", "other")),
    bold: fc.boolean(),
  },
  { requiredKeys: ["text"] },
);

const profiles = Object.values(builtInProfiles);

describe("checkDocument never throws", () => {
  test("on any list of blocks, with either built-in profile", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), fc.constantFrom(...profiles), (blocks, profile) => {
        const report = checkDocument({ blocks }, profile);
        for (const finding of report.findings) {
          if (!finding.location) continue;
          // Every location points inside its block and quotes it exactly.
          const source = blocks[finding.location.block].text;
          expect(source.slice(finding.location.start, finding.location.start + finding.location.length)).toBe(finding.location.text);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("on any text read as plain text or Markdown", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ unit: "binary", maxLength: 200 })), { maxLength: 30 }), (lines) => {
        checkDocument(snapshotFromText(lines.join("\n")));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Latin filler words never match a heading alias, so body text cannot fake a section. */
const body = fc.array(fc.lorem({ maxCount: 8 }), { minLength: 0, maxLength: 3 });

function documentFrom(profile: Profile): fc.Arbitrary<Block[]> {
  const sections = profile.sections;
  return fc
    .record({
      preamble: fc.array(fc.lorem({ maxCount: 6 }), { maxLength: 2 }),
      present: fc.array(fc.boolean(), { minLength: sections.length, maxLength: sections.length }),
      headings: fc.array(fc.tuple(fc.nat(), fc.constantFrom("style", "bold", "plain")), { minLength: sections.length, maxLength: sections.length }),
      bodies: fc.array(body, { minLength: sections.length, maxLength: sections.length }),
    })
    .map(({ preamble, present, headings, bodies }) => {
      const blocks: Block[] = preamble.map((line) => ({ text: line }));
      sections.forEach((section, index) => {
        if (!present[index]) return;
        const names = [section.heading, ...section.aliases];
        const [pick, form] = headings[index];
        const heading = names[pick % names.length];
        blocks.push(form === "style" ? { text: heading, style: "Heading2", outlineLevel: 2 } : form === "bold" ? { text: heading, bold: true } : { text: heading });
        blocks.push(...bodies[index].map((line) => ({ text: line })));
      });
      return blocks;
    });
}

describe("a paragraph that is one enormous word", () => {
  it("is checked like any other, not failed with a stack overflow", () => {
    // 20 million letters in one run, under the SEND record's decision, overflowed the word pattern's stack.
    const send = readFileSync(join(__dirname, "..", "..", "src", "workbench", "records", "kent-send-strategy-2021.txt"), "utf8");
    const snapshot = snapshotFromText(send.replace(/^(Decision:.*)$/m, `$1\n${"a".repeat(20_000_000)}!`));
    expect(() => checkDocument(snapshot, builtInProfiles.kent)).not.toThrow();
  });
});

describe("planInsertion + applying it", () => {
  for (const profile of profiles) {
    test(`${profile.id}: every section arrives in template order, originals stay in order, and a second pass adds nothing`, () => {
      fc.assert(
        fc.property(documentFrom(profile), (blocks) => {
          const original = { blocks };
          const once = applyInsertionPlan(original, planInsertion(original, profile));

          const outline = buildOutline(once, profile);
          const firstHeadings = profile.sections.map((section) => occurrencesOf(outline, section.id)[0]?.headingBlock);
          expect(firstHeadings.every((index) => index !== undefined)).toBe(true);
          expect([...firstHeadings].sort((a, b) => a! - b!)).toEqual(firstHeadings);

          expect(once.blocks.filter((item) => blocks.includes(item))).toEqual(blocks);
          expect(planInsertion(once, profile).steps).toEqual([]);
        }),
        { numRuns: 1500 },
      );
    });
  }
});
