import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInProfiles } from "../../src/core";
import { main, version } from "../../src/cli/main";
import { memoryIo } from "./support/memory-io";
import { documentXml, p, Scratch, wordPackage } from "./support/word-package";

const seeds = join(__dirname, "..", "..", "src", "workbench", "records");
const WARNINGS_ONLY = readFileSync(join(seeds, "kent-send-strategy-2021.txt"));
const WITH_ERROR = readFileSync(join(seeds, "kent-stls-redesign-2022.md"));

const scratch = new Scratch();
afterAll(() => scratch.remove());

scratch.write("warnings.txt", WARNINGS_ONLY);
scratch.write("errors.md", WITH_ERROR);
scratch.write("records/2024/march/rod-1.txt", WARNINGS_ONLY);
scratch.write("records/2024/rod-2.md", WITH_ERROR);
scratch.write("records/2024/rod-3.docx", wordPackage({ document: documentXml(p("KENT COUNTY COUNCIL – RECORD OF DECISION")) }));
scratch.write("records/2024/~$rod-3.docx", Buffer.from([0x04, 0x00, 0x4f]));
scratch.write("records/2024/notes.pdf", "%PDF-1.4");
scratch.write("records/.drafts/rod-4.txt", WARNINGS_ONLY);
scratch.write("records/node_modules/pkg/readme.md", "# Package");
scratch.write("empty-folder/readme.rtf", "{\\rtf1}");

async function run(argv: string[], options: Parameters<typeof memoryIo>[1] = {}) {
  const io = memoryIo(scratch.dir, options);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const checkedPaths = (out: string) => (JSON.parse(out) as { files: { path: string }[] }).files.map((file) => file.path);

describe("exit codes", () => {
  it.each([
    ["0: only warnings, failing on errors (the default)", ["warnings.txt"], 0],
    ["1: an error, failing on errors", ["errors.md"], 1],
    ["1: warnings, failing on warnings", ["warnings.txt", "--fail-on", "warning"], 1],
    ["0: errors, failing never", ["errors.md", "--fail-on", "never"], 0],
    ["2: a file that does not exist, even beside a failing one", ["errors.md", "missing.docx"], 2],
    ["2: an unknown option", ["warnings.txt", "--strict"], 2],
    ["2: no inputs", [], 2],
    ["0: --help", ["--help"], 0],
    ["0: --version", ["--version"], 0],
  ])("%s", async (_name, argv, expected) => {
    expect((await run(argv)).code).toBe(expected);
  });
});

describe("usage errors", () => {
  it("explain themselves on stderr in one line plus a pointer to --help, writing no report", async () => {
    const { out, err } = await run(["--format", "xml", "warnings.txt"]);
    expect(out).toBe("");
    expect(err).toBe('rod-check: --format must be one of text, json, sarif, junit, csv, not "xml"\nRun "rod-check --help" for usage.\n');
  });

  it("--help describes every option and the exit codes", async () => {
    const { out } = await run(["--help"]);
    for (const word of ["--profile", "--format", "--output", "--fail-on", "--version", "Exit codes"]) expect(out).toContain(word);
  });

  it("--version prints the package version", async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect((await run(["--version"])).out).toBe(`${manifest.version}\n`);
    expect(version()).toBe(manifest.version);
  });
});

describe("inputs", () => {
  it("walks folders for .docx, .txt and .md, skipping Word lock files, hidden folders and node_modules", async () => {
    const { out } = await run(["records", "--format", "json"]);
    expect(checkedPaths(out)).toEqual(["records/2024/march/rod-1.txt", "records/2024/rod-2.md", "records/2024/rod-3.docx"]);
  });

  it("expands globs itself, for shells that do not", async () => {
    const { out } = await run(["records/**/*.{md,txt}", "--format", "json"]);
    expect(checkedPaths(out)).toEqual(["records/2024/march/rod-1.txt", "records/2024/rod-2.md"]);
  });

  it("checks each file once, in the order given", async () => {
    const { out } = await run(["errors.md", "warnings.txt", "errors.md", "--format", "json"]);
    expect(checkedPaths(out)).toEqual(["errors.md", "warnings.txt"]);
  });

  it("reports inputs that name nothing checkable, and exits 2", async () => {
    const { code, out } = await run(["empty-folder", "*.odt", "nowhere.docx", "warnings.txt"]);
    expect(code).toBe(2);
    expect(out).toContain("empty-folder is a folder with no .docx, .txt or .md files in it");
    expect(out).toContain("*.odt matches no files");
    expect(out).toContain("nowhere.docx does not exist");
    expect(out).toContain("warnings.txt\n  Warnings");
  });
});

describe("profiles", () => {
  it("uses a built-in profile by name", async () => {
    const { out } = await run(["warnings.txt", "--profile", "moderngov", "--format", "json"]);
    expect(JSON.parse(out).profile).toBe("moderngov");
  });

  it("reads a council's profile file, with its rule overrides", async () => {
    const medway = { ...builtInProfiles.kent, id: "medway", name: "Medway Council", rules: { "date-order": "off" } };
    scratch.write("medway.json", JSON.stringify(medway));
    const withKent = JSON.parse((await run(["warnings.txt", "--format", "json"])).out);
    const withMedway = JSON.parse((await run(["warnings.txt", "--profile", "medway.json", "--format", "json"])).out);
    expect(withMedway.profile).toBe("medway");
    expect(withKent.files[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain("date-order");
    expect(withMedway.files[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).not.toContain("date-order");
  });

  it.each([
    ["a profile that is not JSON", "broken.json", "{ id: kent", /^rod-check: profile broken\.json is not valid JSON: /],
    ["a profile with bad fields", "bad.json", JSON.stringify({ ...builtInProfiles.kent, keyDecision: { ...builtInProfiles.kent.keyDecision, threshold: -5 } }), /keyDecision\.threshold: must be more than 0/],
    ["an unknown profile", undefined, "", /--profile nowhere is neither a built-in profile \(kent, moderngov, wales\) nor a profile file that can be read/],
  ])("refuses %s with exit 2 and names the problem", async (_name, fileName, content, message) => {
    if (fileName) scratch.write(fileName, content);
    const { code, out, err } = await run(["warnings.txt", "--profile", fileName ?? "nowhere"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });
});

describe("output", () => {
  it("--output writes the report to a file and nothing to stdout", async () => {
    const { code, out } = await run(["errors.md", "--format", "sarif", "--output", "report.sarif"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(JSON.parse(readFileSync(join(scratch.dir, "report.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("says so when the report cannot be written, and exits 2", async () => {
    const { code, err } = await run(["warnings.txt", "--output", "no/such/folder/report.txt"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^rod-check: cannot write the report to no\/such\/folder\/report\.txt \(ENOENT\)/);
  });

  it("uses colour only when stdout is a terminal and NO_COLOR is not set", async () => {
    const ansi = /\u001b\[\d+m/;
    expect((await run(["errors.md"], { stdoutTTY: true })).out).toMatch(ansi);
    expect((await run(["errors.md"], { stdoutTTY: false })).out).not.toMatch(ansi);
    expect((await run(["errors.md"], { stdoutTTY: true, env: { NO_COLOR: "1" } })).out).not.toMatch(ansi);
  });

  it("draws a progress bar on stderr only for a terminal and more than one file, and erases it", async () => {
    const two = await run(["warnings.txt", "errors.md"], { stderrTTY: true });
    expect(two.err).toContain("2/2");
    expect(two.err.endsWith("\r\u001b[K")).toBe(true);
    expect(two.out).not.toContain("2/2");
    expect((await run(["warnings.txt"], { stderrTTY: true })).err).toBe("");
    expect((await run(["warnings.txt", "errors.md"], { stderrTTY: false })).err).toBe("");
  });
});
