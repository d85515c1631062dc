/** docs/PROFILES.md must match what the code does: its examples are run here. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { builtInProfiles, parseProfile, ProfileError } from "../../src/core";
import { patternProblem } from "../../src/core/profile/pattern-safety";
import { CheckStoppedError } from "../../src/taskpane/checker";
import { hostedProfileSource } from "../../src/taskpane/profiles";
import { kentWith } from "./support/profiles";

const guide = readFileSync(join(resolve(__dirname, "..", ".."), "docs", "PROFILES.md"), "utf8");
/** The guide's text as a reader sees it: quoted blocks and wrapped lines joined up. */
const prose = guide.replace(/\n> ?/g, "\n").replace(/\s*\n\s*/g, " ");

const codeSpans = (cell: string) => [...cell.replace(/\\\|/g, "|").matchAll(/`([^`]+)`/g)].map((match) => match[1]);

describe("docs/PROFILES.md", () => {
  const table = guide.slice(guide.indexOf("| Refused |"), guide.indexOf("\n\n", guide.indexOf("| Refused |")));
  const rows = table
    .split("\n")
    .slice(2)
    .map((row) => row.split(/(?<!\\)\|/).map((cell) => cell.trim()));

  it("lists each kind of refused pattern", () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it.each(rows.map((row) => [row[1], row]))("refuses the example of %s, and accepts what it suggests instead", (_kind, row) => {
    const [, , refused, instead] = row;
    expect(codeSpans(refused).length).toBeGreaterThan(0);
    for (const source of codeSpans(refused)) expect({ source, refused: patternProblem(source) !== undefined }).toEqual({ source, refused: true });
    for (const source of codeSpans(instead).filter((span) => span !== "^")) expect({ source, problem: patternProblem(source) }).toEqual({ source, problem: undefined });
  });

  it("names a pattern that backtracks in JavaScript as one a profile can use", () => {
    expect(prose).toContain("`(a+)+$`, which would keep JavaScript's own engine busy");
    expect(patternProblem("(a+)+$")).toBeUndefined();
  });

  it("quotes Kent's patterns as they are", () => {
    const quoted = /"patterns": (\[.*\])/.exec(guide);
    expect(JSON.parse(quoted![1])).toEqual(builtInProfiles.kent.placeholders.patterns);
  });

  it("shows the messages rod-check and the pane give for a profile with mistakes", async () => {
    const broken = kentWith((p) => {
      p.keyDecision.threshold = "£1m";
      p.sections[3].mandatory = "yes";
    });
    let error: ProfileError | undefined;
    try {
      parseProfile(broken);
    } catch (caught) {
      error = caught as ProfileError;
    }
    expect(guide).toContain(`rod-check: profile profile.json: ${error!.message}\nRun "rod-check --help" for usage.`);

    const source = hostedProfileSource({
      pageUrl: "https://rod.example.gov.uk/taskpane.html",
      fetch: async () => ({ ok: true, status: 200, statusText: "OK", headers: { get: () => "application/json" }, text: async () => JSON.stringify(broken) }),
    });
    const catalogue = await source();
    expect(prose).toContain(catalogue.problem!);
    for (const item of catalogue.problemItems!) expect(guide).toContain(`> - ${item}`);
  });

  it("quotes the later messages, for rules and patterns, as the code words them", () => {
    const later = kentWith((p) => {
      p.rules = { "personal-date": "off" };
      p.placeholders.patterns.push("(X)\\1");
    });
    try {
      parseProfile(later);
      throw new Error("expected the profile to be refused");
    } catch (error) {
      const [rule, pattern] = (error as ProfileError).issues;
      expect(guide).toContain(`- ${rule.path}: ${rule.message.slice(0, rule.message.indexOf("required-section") + "required-section".length)}, …)`);
      expect(guide).toContain(`- ${pattern.path}: ${pattern.message}`);
    }
  });

  it("quotes the pane's message for a check stopped after 1 second", () => {
    expect(prose).toContain(new CheckStoppedError(1000).message);
  });
});
