/** The real bin, compiled by the package's prepare script and run as a separate process. */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { snapshotFromText } from "../../src/core";
import { docxFromSnapshot } from "./support/docx-from-snapshot";
import { compoundFile } from "./support/bad-inputs";
import { Scratch } from "./support/word-package";

jest.setTimeout(120_000);

const root = join(__dirname, "..", "..");
const bin = join(root, "build", "cli", "main.js");
const seeds = join(root, "test", "fixtures", "seeds");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; bin: Record<string, string>; scripts: Record<string, string> };

const scratch = new Scratch();
afterAll(() => scratch.remove());

beforeAll(async () => {
  execFileSync("npm", ["run", "--silent", "prepare"], { cwd: root, stdio: "pipe" });
  for (const seed of ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"]) {
    const text = readFileSync(join(seeds, seed), "utf8");
    scratch.write(`records/${seed}`, text);
    scratch.write(`records/${seed.replace(/\.\w+$/, ".docx")}`, await docxFromSnapshot(snapshotFromText(text)));
  }
});

function rodCheck(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch.dir, encoding: "utf8" });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("the rod-check bin", () => {
  it("is declared in package.json and compiled as an executable node script", () => {
    expect(manifest.bin["rod-check"]).toBe("build/cli/main.js");
    expect(manifest.scripts.prepare).toContain("npm run build:node");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    if (process.platform !== "win32") expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it("runs through its shebang and prints the version", () => {
    if (process.platform === "win32") return;
    expect(execFileSync(bin, ["--version"], { encoding: "utf8" })).toBe(`${manifest.version}\n`);
  });

  it("checks a folder of seeds and exits 1 for the error in one of them", () => {
    const { code, out, err } = rodCheck(["records"]);
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(out).toContain("records/kent-stls-redesign-2022.docx\n  Errors (1)");
    expect(out.trimEnd().split("\n").pop()).toMatch(/^Checked 4 files against the Kent County Council profile: /);
  });

  it("gives the seeds the same findings as .docx and as text", () => {
    const { out } = rodCheck(["records", "--format", "json"]);
    const files = (JSON.parse(out) as { files: { path: string; findings: unknown[] }[] }).files;
    const byPath = new Map(files.map((file) => [file.path, file.findings]));
    expect(byPath.get("records/kent-send-strategy-2021.docx")).toEqual(byPath.get("records/kent-send-strategy-2021.txt"));
    expect(byPath.get("records/kent-stls-redesign-2022.docx")).toEqual(byPath.get("records/kent-stls-redesign-2022.md"));
  });

  it("exits 0 when nothing reaches --fail-on", () => {
    expect(rodCheck(["records", "--fail-on", "never"]).code).toBe(0);
  });

  it("refuses a bad file with one line, exit 2 and no stack trace, and still checks the rest", () => {
    scratch.write("locked/minutes.docx", compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    const { code, out, err } = rodCheck(["locked/minutes.docx", "records/kent-send-strategy-2021.txt", "--format", "sarif"]);
    expect(code).toBe(2);
    expect(err).toBe("rod-check: locked/minutes.docx is encrypted or password-protected; remove the password in Word and save it again\n");
    const sarif = JSON.parse(out) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it("answers a usage error with exit 2 and a pointer to --help", () => {
    const { code, out, err } = rodCheck(["--format", "pdf", "records"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain('Run "rod-check --help" for usage.');
  });
});
