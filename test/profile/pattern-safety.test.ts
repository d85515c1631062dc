/**
 * Profile patterns are refused when they could backtrack catastrophically. The analysis is checked against
 * recheck (an automaton-based ReDoS checker, used here only): nothing it accepts may be unsafe by recheck's
 * verdict, on a corpus of tricky patterns and on patterns generated at random.
 */
import fc from "fast-check";
import { checkSync } from "recheck";
import { builtInProfiles, parseProfile, ProfileError } from "../../src/core";
import { patternProblem } from "../../src/core/profile/pattern-safety";
import { kentWith } from "./support/profiles";

jest.setTimeout(120_000);

/** recheck's verdict, with the flags the placeholder rule compiles patterns with. */
function recheckStatus(source: string): string {
  return checkSync(source, "i", { timeout: 20_000, randomSeed: 20_240_101 }).status;
}

describe("patterns that must be refused", () => {
  it.each<[string, string]>([
    ["(a+)+$", "could take exponential time on some text (“a+” repeats inside the repeated “(a+)+”); rewrite it without nested repetition"],
    ["(a|a)*$", "could take exponential time on some text (alternatives in “(a|a)” can start with the same character, inside the repeated “(a|a)*”)"],
    ["(\\w+\\s?)*$", "could take exponential time on some text (“\\w+” repeats inside the repeated “(\\w+\\s?)*”)"],
    ["(\\d+,?)+", "could take exponential time on some text (“\\d+” repeats inside the repeated “(\\d+,?)+”)"],
    ["(?:x|X)+y", "alternatives in “(?:x|X)” can start with the same character"],
    ["(?:x(?:a|))+y", "an alternative in “(?:a|)” can match nothing, inside the repeated “(?:x(?:a|))+”"],
    ["(?:\\b)+a", "“(?:\\b)+” repeats something that can match no text"],
    ["\\s+$", "could take time that grows with the square of the text's length or faster (“\\s+” can start at many places"],
    ["\\[[^\\]]*\\]", "(“[^\\]]*” can start at many places in the same run of characters, and what follows can fail); begin the pattern with ^"],
    ["^\\d*\\d*x", "(“\\d*” and “\\d*” can match the same characters, one after the other)"],
    ["^.*a.*b$", "(“.*” and “.*” can match the same characters, one after the other)"],
    ["(a)\\1", "uses a backreference (“\\1”), which can take exponential time; rewrite it without one"],
    ["(?<x>a)\\k<x>", "uses a backreference (“\\k”)"],
    ["TBC(?=\\s)", "uses a lookahead or lookbehind (“(?=\\s)”), which this check cannot prove safe"],
    ["(?<!\\w)TBC", "uses a lookahead or lookbehind (“(?<!\\w)”)"],
    ["x{1,5000}", "repeats something up to 5,000 times (“x{1,5000}”); at most 1,000 is allowed"],
    ["^a?b?c?d?e?f?g?h?i?", "its optional parts and alternatives that start alike combine in 512 ways"],
    ["^\\u00e9+\\u00c9+$", "(“\\u00e9+” and “\\u00c9+” can match the same characters, one after the other)"],
  ])("%s", (source, message) => {
    expect(patternProblem(source)).toContain(message);
  });
});

describe("patterns that must be accepted", () => {
  const builtIn = Object.values(builtInProfiles).flatMap((profile) => profile.placeholders.patterns.map((source) => [profile.id, source] as const));

  it.each(builtIn)("the built-in profile %s's pattern %s", (_id, source) => {
    expect(patternProblem(source)).toBeUndefined();
  });

  it.each([
    "\\bTB[ACD]\\b",
    "\\[[^\\[\\]]*\\]",
    "^\\[.*\\]$",
    "^(Option|Choice) \\d+:$",
    "\\b(?:TBC|N/A|XX+)\\b",
    "£\\s?X+",
    "^\\.{3,}$",
    "\\{\\{[a-z_]+\\}\\}",
  ])("a sensible placeholder pattern: %s", (source) => {
    expect(patternProblem(source)).toBeUndefined();
  });
});

/** Tricky patterns: each either refused, or safe according to recheck. */
const CORPUS = [
  "(a+)+$", "(a|a)*$", "(\\w+\\s?)*$", "(\\d+,?)+", "(a|ab)*c", "(?:ab|a)*$", "(a*)*b", "(a?){20}a{20}", "(\\s*x)*$",
  "\\s+$", "\\s*$", "^\\s+$", "\\d+\\.\\d+", "\\d+\\d", "\\d{1,30}x", "\\d{1,5}\\d{1,5}x", "x\\d+y", "a+", "X{3,}$", "\\bX{3,}\\b",
  "\\[[^\\]]*\\]", "\\[[^\\[\\]]*\\]", "^\\[.*\\]$", ".*a.*b", "^.*a.*b$", "^a*a*$", "^a*b*$", "^a+b+c+$", "^\\w+\\s\\w+$",
  "^\\w+\\s*\\w+$", "^(?:\\w+ )+$", "^(?:[a-z]+ )+$", "^(?:\\d{3},)*\\d{3}$", "^£\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?$",
  "\\b(TBC|TBA|TBD)\\b", "(?:TBC|TBA)+", "^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", "^Option \\d{1,2}\\s*[-–:]\\s*$", "\\bTBC\\b", "\\bX{3,}\\b",
  "^(\\s|\\S)*$", "(x|y)*z", "^(?:a|b|c)+d$", "[\\s\\S]*?end", "^\\S+@\\S+$", "\\S+@\\S+\\.\\S+", "^[^@]+@[^@]+$", "^(?:a{2})*$",
  "^(?:a{2}|b)*$", "(?:\\.\\.\\.)+", "\\.{3,}", "\\B\\d+\\B", "^\\d+(?:\\.\\d+)?$", "[A-Z]{2}\\d{2} ?\\d[A-Z]{2}",
];

describe("cross-checked with recheck", () => {
  it("accepts nothing from the corpus of tricky patterns that recheck finds unsafe", () => {
    const accepted = CORPUS.filter((source) => patternProblem(source) === undefined);
    expect(accepted.length).toBeGreaterThan(20);
    expect(accepted.map((source) => [source, recheckStatus(source)])).toEqual(accepted.map((source) => [source, "safe"]));
  });

  it("accepts nothing unsafe among 1,500 patterns made at random", () => {
    const atom = fc.constantFrom("a", "A", "b", "x", "-", "1", ".", "\\d", "\\s", "\\w", "\\W", "\\S", "[ab]", "[^a]", "[a-c]", "\\B");
    const quantifier = fc.constantFrom("", "", "", "*", "+", "?", "*?", "{1,3}", "{2}", "{2,}");
    const { alternation } = fc.letrec<{ term: string; sequence: string; alternation: string }>((tie) => ({
      term: fc.oneof(
        { depthSize: "small" },
        fc.tuple(atom, quantifier).map(([item, times]) => item + times),
        fc.tuple(tie("alternation"), quantifier).map(([group, times]) => `(?:${group})${times}`),
        fc.constantFrom("^", "$", "\\b"),
      ),
      sequence: fc.array(tie("term"), { minLength: 1, maxLength: 4 }).map((terms) => terms.join("")),
      alternation: fc.array(tie("sequence"), { minLength: 1, maxLength: 3 }).map((options) => options.join("|")),
    }));
    const compiles = (source: string) => {
      try {
        return Boolean(new RegExp(source, "i"));
      } catch {
        return false;
      }
    };
    const patterns = fc.sample(alternation, { numRuns: 1500, seed: 6 }).filter(compiles);
    const accepted = patterns.filter((source) => patternProblem(source) === undefined);
    expect(accepted.length).toBeGreaterThan(150);
    expect(accepted.length).toBeLessThan(patterns.length);
    const unsafe = accepted.filter((source) => recheckStatus(source) !== "safe");
    expect(unsafe).toEqual([]);
  });
});

describe("on profile load", () => {
  it("refuses an unsafe pattern with a ProfileError naming the field", () => {
    const attempt = () => parseProfile(kentWith((p) => p.placeholders.patterns.push("(a+)+$")));
    expect(attempt).toThrow(ProfileError);
    expect(attempt).toThrow(
      "The council profile is not valid:\n- placeholders.patterns[3]: could take exponential time on some text (“a+” repeats inside the repeated “(a+)+”); rewrite it without nested repetition",
    );
  });

  it("names every unsafe pattern, and a pattern that does not compile, each by its place in the list", () => {
    try {
      parseProfile(kentWith((p) => (p.placeholders.patterns = ["\\bTBC\\b", "(\\d+,?)+", "[unclosed", "(?=x)x"])));
      throw new Error("expected the profile to be refused");
    } catch (error) {
      expect((error as ProfileError).issues.map((issue) => issue.path)).toEqual(["placeholders.patterns[1]", "placeholders.patterns[2]", "placeholders.patterns[3]"]);
      expect((error as ProfileError).issues[1].message).toMatch(/^is not a valid regular expression/);
    }
  });
});
