/**
 * The real bin, compiled by the package's prepare script and run as a separate process. The build project's global
 * setup (test/build/support/global-setup.ts) runs prepare before these tests, unless build/ is already up to date.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, constants, openSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtInProfiles, snapshotFromText } from "../../src/core";
import { CheckPool } from "../../src/cli/pool";
import { docxFromSnapshot } from "./support/docx-from-snapshot";
import { compoundFile } from "./support/bad-inputs";
import { largeDocument } from "./support/large-document";
import { Scratch } from "./support/word-package";

jest.setTimeout(120_000);

const root = join(__dirname, "..", "..");
const bin = join(root, "build", "cli", "main.js");
const seeds = join(root, "src", "workbench", "records");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; bin: Record<string, string>; scripts: Record<string, string> };

const scratch = new Scratch();
afterAll(() => scratch.remove());

beforeAll(async () => {
  for (const seed of ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"]) {
    const text = readFileSync(join(seeds, seed), "utf8");
    scratch.write(`records/${seed}`, text);
    scratch.write(`records/${seed.replace(/\.\w+$/, ".docx")}`, await docxFromSnapshot(snapshotFromText(text)));
  }
});

function rodCheck(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch.dir, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
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

describe("--concurrency", () => {
  beforeAll(async () => {
    // 124 files, some that cannot be read. The long record comes first and takes many times as long as
    // the others, so threads finish the files after it before it: results arrive out of order.
    const names = ["kent-send-strategy-2021", "kent-stls-redesign-2022"];
    const long = ["kent-send-strategy-2021.txt", "kent-stls-redesign-2022.md"].map((name) => readFileSync(join(seeds, name), "utf8")).join("\n").repeat(30);
    scratch.write("register/000-long.docx", await docxFromSnapshot(snapshotFromText(long)));
    for (let index = 0; index < 60; index++) {
      for (const seed of names) {
        const docx = readFileSync(join(scratch.dir, "records", `${seed}.docx`));
        scratch.write(`register/${seed}-${String(index).padStart(2, "0")}.docx`, docx);
      }
    }
    scratch.write("register/minutes.docx", "not a zip");
    scratch.write("register/locked.docx", compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
  });

  it.each(["text", "json", "sarif", "junit", "csv"])("gives the same %s report, byte for byte, with off, auto and 3 threads", (format) => {
    const args = ["register", "records", "missing.docx", "--format", format];
    const off = rodCheck([...args, "--concurrency", "off"]);
    expect(off.code).toBe(2);
    expect(off.out.length).toBeGreaterThan(1000);
    expect(rodCheck([...args, "--concurrency", "auto"])).toEqual(off);
    expect(rodCheck([...args, "--concurrency", "3"])).toEqual(off);
  });

  it("reads a folder that turns out to hold one record in this thread, and stops the thread it started early", () => {
    scratch.write("single/kent-send-strategy-2021.docx", readFileSync(join(scratch.dir, "records", "kent-send-strategy-2021.docx")));
    const off = rodCheck(["single", "--format", "json", "--concurrency", "off"]);
    expect(off.code).toBe(0);
    expect(off.out).toContain('"path": "single/kent-send-strategy-2021.docx"');
    expect(rodCheck(["single", "--format", "json"])).toEqual(off);
  });
});

describe("each file under a memory and a time limit", () => {
  const script = join(root, "build", "cli", "check-worker.js");
  const limits = { memoryMb: 128, youngMb: 48, timeMs: 5_000, wallTimeMs: 60_000 };

  beforeAll(() => {
    scratch.write("limits/large.docx", largeDocument(2 * 1024 * 1024).docx);
    scratch.write("limits/larger.docx", largeDocument(8 * 1024 * 1024).docx);
    // 63 MiB of plain letters and one euro sign: in UTF-16, a single string of 132 MB, more than the heap allowed.
    const line = `${"A paragraph of a long record, in plain letters only. ".repeat(4)}\n`;
    scratch.write("limits/long.txt", `${line.repeat(Math.floor((63 * 1024 * 1024) / line.length))}\u20ac\n`);
  });

  async function checkPair(pool: CheckPool, first: string) {
    try {
      return await Promise.all([pool.check(join(scratch.dir, first), first), pool.check(join(scratch.dir, "records", "kent-send-strategy-2021.docx"), "good.docx")]);
    } finally {
      pool.close();
    }
  }

  it("a file that needs more memory than allowed is that file's one-line error; the next file is still checked", async () => {
    const pool = new CheckPool(script, { profile: builtInProfiles.kent, register: true }, limits);
    const [large, good] = await checkPair(pool, "limits/long.txt");
    expect(large.error).toBe("could not be checked within 128 MB of memory, so it was stopped");
    expect(good.error).toBeUndefined();
    expect(good.report?.findings.map((finding) => finding.ruleId).filter((id) => id !== "heading-style")).toEqual(["date-order", "duplicate-numbering"]);
  });

  it("a file that needs more processor time than allowed is stopped; the next file is still checked", async () => {
    // Reading 8 MB of random words takes seconds; a real record, under a tenth of one.
    const pool = new CheckPool(script, { profile: builtInProfiles.kent, register: true }, { ...limits, timeMs: 500 });
    const [large, good] = await checkPair(pool, "limits/larger.docx");
    expect(large.error).toBe("could not be checked within 0.5 s, so it was stopped");
    expect(good.error).toBeUndefined();
    expect(good.report?.findings.map((finding) => finding.ruleId).filter((id) => id !== "heading-style")).toEqual(["date-order", "duplicate-numbering"]);
  });

  (process.platform === "win32" ? it.skip : it)("a file that never finishes opening is stopped at the time on the clock", async () => {
    // The command itself never opens a pipe; the pool on its own shows that a thread stuck in a system call is stopped.
    const fifo = join(scratch.dir, "limits", "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const pool = new CheckPool(script, { profile: builtInProfiles.kent, register: true }, { ...limits, wallTimeMs: 1_000 });
    const [pipe, good] = await checkPair(pool, "limits/pipe.txt");
    // The stopped thread's open() still waits in Node's shared I/O thread pool: a writer lets it finish.
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    expect(pipe.error).toBe("could not be checked within 1 s, so it was stopped");
    expect(good.report?.findings.map((finding) => finding.ruleId).filter((id) => id !== "heading-style")).toEqual(["date-order", "duplicate-numbering"]);
  });
});
