import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { builtInProfiles } from "../../src/core";
import { WRITTEN_DATE } from "../../src/core/dates";
import { phrasePattern } from "../../src/core/schedule-12a";

const CORE = join(__dirname, "../../src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every regular-expression literal in src/core, found by parsing the source rather than by guessing. */
function literals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of sourceFiles(CORE)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf("/");
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ where: `${relative(CORE, file)}:${line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Patterns built at run time: listed here so that adding another one without a check fails the count below. */
const dynamic = [
  { where: "dates.ts WRITTEN_DATE", source: WRITTEN_DATE.source, flags: WRITTEN_DATE.flags },
  ...Object.values(builtInProfiles).flatMap((profile) => {
    const phrases = phrasePattern(profile);
    return [
      ...(phrases ? [{ where: `${profile.id} exempt phrases`, source: phrases.source, flags: phrases.flags }] : []),
      ...profile.placeholders.patterns.map((source, index) => ({ where: `${profile.id} placeholders.patterns[${index}]`, source, flags: "i" })),
    ];
  }),
];

test("the run-time patterns listed here are all there are", () => {
  const sites = sourceFiles(CORE).flatMap((file) => readFileSync(file, "utf8").match(/new RegExp\(/g) ?? []);
  // dates.ts, schedule-12a.ts, placeholder-text.ts (escaped phrases), profile-patterns.ts (the built-in profiles'
  // patterns, checked below; a council's own run on RE2), parse.ts (syntax check of profile patterns) and recognition.ts (escaped
  // profile phrases, opening a line).
  expect(sites).toHaveLength(6);
});

const all = [...literals(), ...dynamic];

test("there are patterns to check", () => {
  expect(all.length).toBeGreaterThan(60);
});

/**
 * recheck's time limits make its verdict depend on how busy the machine is ("unknown" once a limit passes);
 * without them it counts steps, not milliseconds, and with its fixed seed gives the same verdict every run.
 */
const STEPS_NOT_TIME = { timeout: null, attackTimeout: null, incubationTimeout: null, recallTimeout: null, seedingTimeout: null };

test.each(all.map((pattern) => [pattern.where, pattern] as const))("%s is safe from catastrophic backtracking", (_where, pattern) => {
  const result = checkSync(pattern.source, pattern.flags.replace(/[gy]/g, ""), STEPS_NOT_TIME);
  expect({ status: result.status, source: pattern.source }).toEqual({ status: "safe", source: pattern.source });
});
