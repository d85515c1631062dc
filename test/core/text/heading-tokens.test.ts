import fc from "fast-check";
import { normalisePhrase, tokenize } from "../../../src/core/text/heading-tokens";

const words = (text: string, from?: number, limit?: number) => tokenize(text, from, limit).map(({ norm, start, end }) => [norm, start, end]);

describe("heading words", () => {
  test.each<{ name: string; text: string; expected: (string | number)[][] }>([
    { name: "case, punctuation and numbering are not words", text: "4. Financial Implications:", expected: [["4", 0, 1], ["financial", 3, 12], ["implication", 13, 25]] },
    { name: "“(s)” is dropped", text: "Reason(s) for decision", expected: [["reason", 0, 9], ["for", 10, 13], ["decision", 14, 22]] },
    { name: "“(S)” is not the plural mark", text: "Reason(S)", expected: [["reason", 0, 6], ["s", 7, 8]] },
    { name: "“&” is “and”", text: "Terms & Conditions", expected: [["term", 0, 5], ["and", 6, 7], ["condition", 8, 18]] },
    { name: "either apostrophe joins a word", text: "Officer's O’Brien’s", expected: [["officer", 0, 9], ["obrien", 10, 19]] },
    { name: "an apostrophe before a digit or a space ends the word", text: "it'2 dogs' end", expected: [["it", 0, 2], ["2", 3, 4], ["dog", 5, 9], ["end", 11, 14]] },
    { name: "“ss” is not a plural", text: "Business Cases", expected: [["business", 0, 8], ["case", 9, 14]] },
    { name: "letters of other scripts are letters", text: "Café Ωmega", expected: [["café", 0, 4], ["ωmega", 5, 10]] },
    { name: "a combining accent is not a letter", text: "Cafe\u0301 Ltd", expected: [["cafe", 0, 4], ["ltd", 6, 9]] },
    { name: "a letter beyond the Basic Multilingual Plane is one letter", text: "𝐀𝐁 x", expected: [["𝐀𝐁", 0, 4], ["x", 5, 6]] },
    { name: "other digits are digits", text: "٣ items", expected: [["٣", 0, 1], ["item", 2, 7]] },
    { name: "quotes, dashes and £ are not words", text: "“Decision” – £5m", expected: [["decision", 1, 9], ["5m", 14, 16]] },
  ])("$name", ({ text, expected }) => {
    expect(words(text)).toEqual(expected);
  });

  test("a word is cut every 200 characters", () => {
    expect(words(`${"a".repeat(450)}'s`)).toEqual([
      ["a".repeat(200), 0, 200],
      ["a".repeat(200), 200, 400],
      ["a".repeat(50), 400, 452],
    ]);
  });

  test("reading starts at `from` and stops after `limit` words", () => {
    expect(words("1.3 Key decision criteria", 4, 2)).toEqual([["key", 4, 7], ["decision", 8, 16]]);
  });

  test("a phrase is its words, normalised, with single spaces", () => {
    expect(normalisePhrase("  Any alternatives considered & rejected:  ")).toBe("any alternative considered and rejected");
  });
});

/** The definition the scan must keep to: words were found with this pattern before, and headings were matched on them. */
const WORD = /[\p{L}\p{N}]{1,200}(?:['’]\p{L}{1,200})*(?:\(s\))?|&/gu;

function byPattern(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
}

test("words are where the pattern finds them, in any text", () => {
  const pieces = ["a", "Z", "7", "é", "e\u0301", "ß", "İ", "Σ", "٣", "𝐀", "👍", "\ud800", "\udc00", "'", "’", "(s)", "(S)", "&", " ", ".", "-", "£", "\u00a0"];
  const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(text, (sample) => {
      const found = tokenize(sample).map(({ start, end }) => ({ word: sample.slice(start, end), start, end }));
      expect(found).toEqual(byPattern(sample));
    }),
    { numRuns: 3000 },
  );
});
