/**
 * `npm run validate` must pass on the real manifest and must catch each mistake Office would only show as a
 * broken ribbon or "This add-in is no longer available". The validator is an ES module (libxml2-wasm), so it
 * runs as a child process, the way `npm run validate` runs it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const repo = resolve(__dirname, "..", "..");
const validator = join(repo, "scripts", "validate-manifest.mjs");
const original = readFileSync(join(repo, "manifest.xml"), "utf8");

interface Problem {
  check: string;
  line?: number;
  message: string;
}
interface Result {
  path: string;
  errors: Problem[];
}

function runValidator(paths: string[]): { status: number | null; results: Result[] } {
  const run = spawnSync(process.execPath, [validator, "--json", "--package", join(repo, "package.json"), ...paths], {
    encoding: "utf8",
  });
  if (run.stderr) throw new Error(run.stderr);
  return { status: run.status, results: JSON.parse(run.stdout) as Result[] };
}

/** Replaces exactly one occurrence, so a case cannot silently stop mutating when the manifest changes. */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const matches = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (matches < 1) throw new Error(`The manifest no longer contains ${String(from)}`);
  return xml.replace(from, to);
}

interface Case {
  name: string;
  check: string;
  message: RegExp;
  manifest?: (xml: string) => string;
  assets?: (assetsDir: string) => void;
}

const cases: Case[] = [
  {
    name: "a resid that points at no resource",
    check: "resid",
    message: /resid="Group\.Lable"> points at no bt:ShortStrings entry/,
    manifest: (xml) => replaceOnce(xml, 'resid="Group.Label"', 'resid="Group.Lable"'),
  },
  {
    name: "a resid that names a resource of the wrong kind",
    check: "resid",
    message: /<SourceLocation resid="Icon\.16x16"> points at no bt:Urls entry/,
    manifest: (xml) => replaceOnce(xml, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Icon.16x16"/>'),
  },
  {
    name: "a plain-HTTP URL",
    check: "https",
    message: /"http:\/\/localhost:3000\/commands\.html" is not HTTPS/,
    manifest: (xml) => replaceOnce(xml, "https://localhost:3000/commands.html", "http://localhost:3000/commands.html"),
  },
  {
    name: "an icon file that does not exist",
    check: "icons",
    message: /icon-80\.png needs the file .*icon-80\.png, which does not exist/,
    assets: (dir) => unlinkSync(join(dir, "icon-80.png")),
  },
  {
    name: "an icon with the wrong pixel size",
    check: "icons",
    message: /icon-32\.png is 16×16 pixels; it must be 32×32/,
    assets: (dir) => copyFileSync(join(dir, "icon-16.png"), join(dir, "icon-32.png")),
  },
  {
    name: "an icon file that is not a PNG",
    check: "icons",
    message: /icon-64\.png is not a PNG file/,
    assets: (dir) => writeFileSync(join(dir, "icon-64.png"), "<svg/>"),
  },
  {
    name: "a ribbon icon without its 80 px size",
    check: "icons",
    message: /RodAuthor\.Group"> lacks the 80 px size/,
    manifest: (xml) =>
      replaceOnce(
        xml,
        /(<Group id="RodAuthor.Group">[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/,
        "$1",
      ),
  },
  {
    name: "a duplicate control id",
    check: "ids",
    message: /control id "RodAuthor\.OpenPane" is used twice/,
    manifest: (xml) => replaceOnce(xml, 'id="RodAuthor.InsertTemplate"', 'id="RodAuthor.OpenPane"'),
  },
  {
    name: "a duplicate resource id",
    check: "ids",
    message: /resource id "Taskpane\.Url" is used twice/,
    manifest: (xml) => replaceOnce(xml, '<bt:Url id="Commands.Url"', '<bt:Url id="Taskpane.Url"').replace('resid="Commands.Url"', 'resid="Taskpane.Url"'),
  },
  {
    name: "Requirements after DefaultSettings (schema order)",
    check: "schema",
    message: /Requirements': This element is not expected/,
    manifest: (xml) => {
      const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(xml)![0];
      return replaceOnce(xml.replace(requirements, ""), "</DefaultSettings>", `</DefaultSettings>${requirements}`);
    },
  },
  {
    name: "a resid longer than 32 characters",
    check: "schema",
    message: /ThisResidIsFarTooLongForOfficeToAccept/,
    manifest: (xml) => xml.split("Group.Label").join("ThisResidIsFarTooLongForOfficeToAccept"),
  },
  {
    name: "a Version that disagrees with package.json",
    check: "version",
    message: /Version is 9\.9\.9\.0 but package\.json says .*npm run version:bump/,
    manifest: (xml) => replaceOnce(xml, /<Version>[^<]*<\/Version>/, "<Version>9.9.9.0</Version>"),
  },
  {
    name: "XML that is not well formed",
    check: "xml",
    message: /./,
    manifest: (xml) => replaceOnce(xml, "</Hosts>", "</Host>"),
  },
];

describe("manifest validation (npm run validate)", () => {
  let workDir: string;
  let results: Map<string, Result>;
  let repoResult: Result;

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), "rod-manifest-"));
    const paths = cases.map((testCase, index) => {
      const dir = join(workDir, String(index));
      cpSync(join(repo, "assets"), join(dir, "assets"), { recursive: true });
      testCase.assets?.(join(dir, "assets"));
      const path = join(dir, "manifest.xml");
      writeFileSync(path, testCase.manifest ? testCase.manifest(original) : original);
      return path;
    });
    const { results: all } = runValidator([join(repo, "manifest.xml"), ...paths]);
    repoResult = all[0];
    results = new Map(all.slice(1).map((result, index) => [cases[index].name, result]));
  });

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it("passes the repository's manifest.xml with no problems", () => {
    expect(repoResult.errors).toEqual([]);
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("reports %s", (name, testCase) => {
    const { errors } = results.get(name)!;
    expect(errors.length).toBeGreaterThan(0);
    // Each mistake is reported by its own check and by no other, so every check is shown to fail on its own.
    expect([...new Set(errors.map((problem) => problem.check))]).toEqual([testCase.check]);
    expect(errors.map((problem) => problem.message).join("\n")).toMatch(testCase.message);
  });

  it("gives the line of the mistake", () => {
    const [problem] = results.get("a plain-HTTP URL")!.errors;
    const line = original.split("\n").findIndex((text) => text.includes("https://localhost:3000/commands.html")) + 1;
    expect(problem.line).toBe(line);
  });
});

describe("the validate command", () => {
  it("exits 0 and says valid for a good manifest", () => {
    const run = spawnSync(process.execPath, [validator, join(repo, "manifest.xml")], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/manifest\.xml: valid/);
  });

  it("exits 1 and names the problem for a bad one", () => {
    const dir = mkdtempSync(join(tmpdir(), "rod-manifest-"));
    try {
      cpSync(join(repo, "assets"), join(dir, "assets"), { recursive: true });
      writeFileSync(join(dir, "manifest.xml"), original.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"));
      const run = spawnSync(process.execPath, [validator, join(dir, "manifest.xml")], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/\[https\] "http:\/\/localhost:3000\/taskpane\.html" is not HTTPS/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a manifest path that does not exist instead of crashing", () => {
    const { status, results } = runValidator([join(repo, "no-such-manifest.xml")]);
    expect(status).toBe(1);
    expect(results[0].errors[0].message).toMatch(/does not exist/);
  });
});
