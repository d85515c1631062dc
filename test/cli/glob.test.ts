import { globToRegExp, hasGlobMagic, splitGlob } from "../../src/cli/glob";

describe("globToRegExp", () => {
  it.each([
    ["*.docx", "rod-1.docx", true],
    ["*.docx", "2024/rod-1.docx", false],
    ["*.docx", ".hidden.docx", false],
    ["**/*.docx", "rod-1.docx", true],
    ["**/*.docx", "2024/march/rod-1.docx", true],
    ["**/*.docx", ".git/rod-1.docx", false],
    ["2024/**", "2024/march/rod-1.md", true],
    ["rod-?.txt", "rod-7.txt", true],
    ["rod-?.txt", "rod-17.txt", false],
    ["rod-[0-9].txt", "rod-3.txt", true],
    ["rod-[!0-9].txt", "rod-a.txt", true],
    ["rod-[!0-9].txt", "rod-3.txt", false],
    ["*.{docx,md}", "rod.md", true],
    ["*.{docx,md}", "rod.txt", false],
    ["records (draft).docx", "records (draft).docx", true],
    ["a+b.docx", "aab.docx", false],
  ])("%s matches %s: %s", (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches);
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
