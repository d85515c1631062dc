import { compileGlob, expandBraces, GlobError, hasGlobMagic, MAX_ALTERNATIVES, splitGlob } from "../../src/cli/glob";

describe("compileGlob", () => {
  it.each([
    ["*.docx", "rod-1.docx", true],
    ["*.docx", "2024/rod-1.docx", false],
    ["*.docx", ".hidden.docx", false],
    [".*.docx", ".hidden.docx", true],
    ["**/*.docx", "rod-1.docx", true],
    ["**/*.docx", "2024/march/rod-1.docx", true],
    ["**/*.docx", ".git/rod-1.docx", false],
    ["2024/**", "2024/march/rod-1.md", true],
    ["2024/**/rod-*.md", "2024/rod-1.md", true],
    ["2024/**/rod-*.md", "2024/a/b/c/rod-1.md", true],
    ["2024/**/rod-*.md", "2025/a/rod-1.md", false],
    ["rod-?.txt", "rod-7.txt", true],
    ["rod-?.txt", "rod-17.txt", false],
    ["rod-[0-9].txt", "rod-3.txt", true],
    ["rod-[!0-9].txt", "rod-a.txt", true],
    ["rod-[!0-9].txt", "rod-3.txt", false],
    ["rod-[]a].txt", "rod-].txt", true],
    ["rod-[a.txt", "rod-[a.txt", true],
    ["*.{docx,md}", "rod.md", true],
    ["*.{docx,md}", "rod.txt", false],
    ["{2023,2024/{jan,feb}}/*.md", "2024/feb/rod.md", true],
    ["{2023,2024/{jan,feb}}/*.md", "2024/mar/rod.md", false],
    ["records (draft).docx", "records (draft).docx", true],
    ["a+b.docx", "aab.docx", false],
    ["rod.(docx|md)", "rod.md", false],
    ["*a*a*b.txt", "xaxxab.txt", true],
    ["*a*a*b.txt", "xaxxb.txt", false],
  ])("%s matches %s: %s", (glob, path, matches) => {
    expect(compileGlob(glob).matches(path)).toBe(matches);
  });

  it("refuses a range that runs backwards, naming it", () => {
    expect(() => compileGlob("[z-a].txt")).toThrow(new GlobError("the range [z-a] runs backwards (write it as [a-z])"));
  });

  it("refuses braces that multiply past the limit", () => {
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "ad", "bc", "bd"]);
    expect(() => compileGlob("{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}.md")).toThrow(
      new GlobError(`its {…} alternatives make more than ${MAX_ALTERNATIVES} patterns`),
    );
  });

  it("matches many stars against a long name by walking, not backtracking", () => {
    // A regular expression built from this pattern backtracks for minutes on such a name.
    const glob = compileGlob("*a*a*a*a*a*a*a*a*a*a*b.txt");
    expect(glob.matches(`${"a".repeat(5000)}.txt`)).toBe(false);
    expect(glob.matches(`${"a".repeat(5000)}b.txt`)).toBe(true);
  });
});

describe("splitGlob and hasGlobMagic", () => {
  it.each([
    ["records/2024/*.docx", { base: "records/2024", rest: "*.docx" }],
    ["**/*.md", { base: "", rest: "**/*.md" }],
    ["/srv/rods/**/*.docx", { base: "/srv/rods", rest: "**/*.docx" }],
  ])("%s", (glob, expected) => {
    expect(splitGlob(glob)).toEqual(expected);
  });

  it("tells globs from plain paths", () => {
    expect(["a/*.docx", "rod-?.md", "[ab].txt", "{a,b}.md"].every(hasGlobMagic)).toBe(true);
    expect(hasGlobMagic("records/rod 1.docx")).toBe(false);
  });
});
