/**
 * Profile patterns run on RE2 (re2js), in time linear in the text's length: patterns the old backtracking
 * analyser refused as possibly slow are accepted, catastrophic ones finish, what RE2 cannot express is refused by
 * name, and each accepted pattern finds what JavaScript's RegExp finds (the syntax profiles are written in).
 */
import fc from "fast-check";
import { RE2JS } from "re2js";
import { builtInProfiles, parseProfile, ProfileError } from "../../src/core";
import { patternProblem } from "../../src/core/profile/pattern-safety";
import { compileProfilePattern, loadPatternEngine } from "../../src/core/profile/profile-patterns";
import { kentWith } from "./support/profiles";

beforeAll(() => loadPatternEngine());

describe("patterns that are refused, because RE2 cannot express them", () => {
  it.each<[string, string]>([
    ["(a)\\1", "uses a backreference (“\\1”), which the pattern engine cannot run; spell the text out instead"],
    ["(?<x>a)\\k<x>", "uses a backreference (“\\k<x>”), which the pattern engine cannot run; spell the text out instead"],
    ["TBC(?=\\s)", "uses a lookahead or lookbehind (“(?=…)”), which the pattern engine cannot run; use \\b, ^ or $ instead"],
    ["TBC(?!\\w)", "uses a lookahead or lookbehind (“(?!…)”)"],
    ["(?<=£)X+", "uses a lookahead or lookbehind (“(?<=…)”)"],
    ["(?<!\\w)TBC", "uses a lookahead or lookbehind (“(?<!…)”)"],
    ["x{1,5000}", "repeats something more than 1,000 times in all (“{1,5000}”); at most 1,000 is allowed"],
    ["(?:x{100}){100}", "repeats something more than 1,000 times in all (“{100}”)"],
    ["(?:(?:x{10}|y){10}z){11}", "repeats something more than 1,000 times in all (“{11}”)"],
    ["x{1001,}", "repeats something more than 1,000 times in all (“{1001,}”)"],
  ])("%s", (source, message) => {
    expect(patternProblem(source)).toContain(message);
  });

  /** RE2's own verdict on a pattern written in the syntax both engines share. */
  const re2Accepts = (source: string) => {
    try {
      RE2JS.compile(source);
      return true;
    } catch {
      return false;
    }
  };

  it.each<[string, boolean]>([
    ["(?:a{10}){100}", true],
    ["(?:a{10}){101}", false],
    ["a{1000}b{1000}", true],
    ["(?:a{2}b{500}){2}", true],
    ["(?:a{2}b{501}){2}", false],
    ["(?:a{5000}){0}", false],
    ["(?:a{1000}){0,1}", true],
    ["(?:a{1000})*", true],
    ["(?:a{3}){2,}(?:b{400})?", true],
  ])("repeats: %s is accepted: %s, as RE2 itself decides", (source, accepted) => {
    expect(patternProblem(source) === undefined).toBe(accepted);
    expect(re2Accepts(source)).toBe(accepted);
  });

  it("the repeat limit agrees with RE2's on 500 nestings of counted repeats made at random", () => {
    const count = fc.constantFrom("", "*", "?", "{0}", "{1}", "{2}", "{3,}", "{7,9}", "{10}", "{40}", "{100}", "{333}", "{1000}", "{1001}");
    const { group } = fc.letrec<{ term: string; group: string }>((tie) => ({
      term: fc.oneof({ depthSize: "small" }, fc.tuple(fc.constantFrom("a", "[bc]", "\\d"), count).map(([atom, times]) => atom + times), tie("group")),
      group: fc
        .tuple(fc.array(fc.array(tie("term"), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 }), count)
        .map(([options, times]) => `(?:${options.map((terms) => terms.join("")).join("|")})${times}`),
    }));
    fc.assert(
      fc.property(group, (source) => {
        expect({ source, accepted: patternProblem(source) === undefined }).toEqual({ source, accepted: re2Accepts(source) });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe("patterns that are accepted", () => {
  const builtIn = Object.values(builtInProfiles).flatMap((profile) => profile.placeholders.patterns.map((source) => [profile.id, source] as const));

  it.each(builtIn)("the built-in profile %s's pattern %s", (_id, source) => {
    expect(patternProblem(source)).toBeUndefined();
  });

  // Each of these was refused by the backtracking analyser these patterns replaced, although each is fast.
  it.each([
    "(?:TBC|TBA)+",
    "\\B\\d+\\B",
    "\\d+\\d",
    "\\d{1,5}\\d{1,5}x",
    "^(?:\\w+ )+$",
    "^(?:[a-z]+ )+$",
    "^£\\d{1,3}(?:,\\d{3})*(?:\\.\\d{2})?$",
    "^[A-Z][a-z]+(?: [A-Z][a-z]+)*$",
    "(\\d+,?)+",
    "^a?b?c?d?e?f?g?h?i?",
    "\\[[^\\]]*\\]",
    "\\s+$",
  ])("a pattern the old analyser refused: %s", (source) => {
    expect(patternProblem(source)).toBeUndefined();
  });

  // These backtrack exponentially or polynomially in JavaScript; on RE2 they are as safe as any other.
  it.each(["(a+)+$", "(a|a)*$", "(\\w+\\s?)*$", "^(a|aa)+$", "^.*a.*b.*c$", "(.*)*x"])("a pattern that backtracks in JavaScript: %s", (source) => {
    expect(patternProblem(source)).toBeUndefined();
  });
});

describe("running a pattern that backtracks catastrophically in JavaScript", () => {
  it.each<[string, string, { 0: string; index: number } | null]>([
    ["(a+)+$", "a".repeat(100_000) + "!", null],
    ["(a|a)*$", "a".repeat(100_000) + "!", { 0: "", index: 100_001 }],
    ["(\\w+\\s?)*$", "word ".repeat(20_000) + "!", { 0: "", index: 100_001 }],
    ["^(a|aa)+$", "a".repeat(100_000) + "!", null],
  ])("%s over 100,000 characters finishes with the right answer", (source, text, expected) => {
    const match = compileProfilePattern(source).exec(text);
    expect(match && { 0: match[0], index: match.index }).toEqual(expected);
  });
});

describe("a pattern finds what JavaScript's RegExp finds", () => {
  /** JavaScript's answer, on texts short enough for backtracking not to matter. */
  const jsMatch = (source: string, text: string) => {
    const match = new RegExp(source, "i").exec(text);
    return match && { 0: match[0], index: match.index };
  };
  const re2Match = (source: string, text: string) => {
    const match = compileProfilePattern(source).exec(text);
    return match && { 0: match[0], index: match.index };
  };

  it.each<[string, string, string]>([
    ["a no-break space is white space, as in JavaScript", "^Option \\d{1,2}\\s*[-–:]\\s*$", "Option 1\u00a0–\u2002"],
    ["\\S is anything but such white space", "\\S+", "x\u00a0y"],
    ["[\\s\\S] is any character", "^[\\s\\S]+$", "a\u00a0\nb"],
    [". stops at a line break", "a.c|b", "a\u2028c b"],
    ["case is ignored", "\\bTBC\\b", "date: tbc"],
    ["a match after a character outside the BMP is placed in UTF-16 units", "\\bTBC\\b", "é😀 date TBC"],
    ["\\p is a plain p without the u flag", "\\p{L}", "p{L}"],
    ["[^] is any character", "x[^]y", "x\ny"],
    ["[\\b] is a backspace", "[\\b]", "a\bb"],
    ["\\u escapes", "\\u00e9", "CAFÉ"],
    ["\\x and \\c escapes", "\\x41\\cJ", "xa\n"],
    ["a named group", "(?<what>TB)[CA]", "xTBA"],
    ["an escaped symbol", "\\£\\/", "£/"],
    ["a hyphen after a class escape is a hyphen", "^[\\d-z]+$", "1-z"],
    ["a hyphen before a class escape is a hyphen", "^[a-\\s]+$", "a-\u00a0"],
    ["a group name RE2 would not take", "(?<$où>TB)C", "TBC"],
  ])("%s: %s on %j", (_case, source, text) => {
    expect(re2Match(source, text)).toEqual(jsMatch(source, text));
    expect(jsMatch(source, text)).not.toBeNull();
  });

  const compilesInJavaScript = (source: string) => {
    try {
      return Boolean(new RegExp(source, "i"));
    } catch {
      return false;
    }
  };

  it("on 500 patterns and texts made at random", () => {
    const atom = fc.constantFrom("a", "A", "b", "x", "-", " ", "\u00a0", "1", ".", "\\d", "\\s", "\\S", "\\w", "\\W", "[ab]", "[^a]", "[a-c]", "[\\s\\d]", "\\b", "\\B");
    const quantifier = fc.constantFrom("", "", "", "*", "+", "?", "{1,3}", "{2}", "{2,}");
    const { alternation } = fc.letrec<{ term: string; sequence: string; alternation: string }>((tie) => ({
      term: fc.oneof(
        { depthSize: "small" },
        fc.tuple(atom, quantifier).map(([item, times]) => item + times),
        fc.tuple(tie("alternation"), quantifier).map(([group, times]) => `(?:${group})${times}`),
        fc.constantFrom("^", "$"),
      ),
      sequence: fc.array(tie("term"), { minLength: 1, maxLength: 4 }).map((terms) => terms.join("")),
      alternation: fc.array(tie("sequence"), { minLength: 1, maxLength: 3 }).map((options) => options.join("|")),
    }));
    const text = fc.string({ unit: fc.constantFrom("a", "A", "b", "x", "-", " ", "\u00a0", "\u2003", "1", "2", "\n", "é"), maxLength: 12 });
    fc.assert(
      fc.property(alternation.filter(compilesInJavaScript), text, (source, sample) => {
        expect(patternProblem(source)).toBeUndefined();
        expect(re2Match(source, sample)).toEqual(jsMatch(source, sample));
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});

describe("on profile load", () => {
  it("refuses a pattern RE2 cannot express with a ProfileError naming the field", () => {
    const attempt = () => parseProfile(kentWith((p) => p.placeholders.patterns.push("(X)\\1")));
    expect(attempt).toThrow(ProfileError);
    expect(attempt).toThrow(
      "The council profile is not valid:\n- placeholders.patterns[3]: uses a backreference (“\\1”), which the pattern engine cannot run; spell the text out instead",
    );
  });

  it("accepts a pattern that backtracks catastrophically in JavaScript, as it runs in linear time", () => {
    expect(parseProfile(kentWith((p) => p.placeholders.patterns.push("(a+)+$"))).placeholders.patterns).toContain("(a+)+$");
  });

  it("names every refused pattern, and a pattern that does not compile, each by its place in the list", () => {
    try {
      parseProfile(kentWith((p) => (p.placeholders.patterns = ["\\bTBC\\b", "(\\d)\\1", "[unclosed", "(?=x)x", "(?:TBC|TBA)+"])));
      throw new Error("expected the profile to be refused");
    } catch (error) {
      expect((error as ProfileError).issues.map((issue) => issue.path)).toEqual(["placeholders.patterns[1]", "placeholders.patterns[2]", "placeholders.patterns[3]"]);
      expect((error as ProfileError).issues[1].message).toMatch(/^is not a valid regular expression/);
    }
  });
});
