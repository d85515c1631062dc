/** Inputs chosen by someone else: file names, links, pipes, globs, profiles and text that try to mislead. */
import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { builtInProfiles, ruleMetas } from "../../src/core";
import { main } from "../../src/cli/main";
import { memoryIo } from "./support/memory-io";
import { Scratch } from "./support/word-package";

const seeds = join(__dirname, "..", "..", "src", "workbench", "records");
const GOOD = readFileSync(join(seeds, "kent-send-strategy-2021.txt"), "utf8");
// The SEND seed: its dates, its repeated number and its eleven plain-line headings (heading-style).
const GOOD_REPORT = "good.txt\n  Warnings (13)";
const posix = process.platform === "win32" ? it.skip : it;

const scratch = new Scratch();
afterAll(() => scratch.remove());
scratch.write("good.txt", GOOD);

async function run(argv: string[]) {
  const io = memoryIo(scratch.dir);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Raw ESC, BEL, C1 controls, bidi overrides and line separators: none may reach a terminal as they are. */
const RAW_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe("only regular files are opened", () => {
  posix("a named pipe, or a link to one, is that input's error and the run goes on", async () => {
    execFileSync("mkfifo", [join(scratch.dir, "pipe.txt")]);
    symlinkSync("pipe.txt", join(scratch.dir, "to-pipe.txt"));
    const { code, out } = await run(["pipe.txt", "to-pipe.txt", "good.txt"]);
    expect(code).toBe(2);
    expect(out).toContain("pipe.txt is not a regular file (a pipe, socket or device); rod-check reads only regular files\n");
    expect(out).toContain("to-pipe.txt is not a regular file (a pipe, socket or device); rod-check reads only regular files\n");
    expect(out).toContain(GOOD_REPORT);
  });
});

describe("symbolic links in a folder", () => {
  scratch.write("secret.txt", `${GOOD}\nContact: jane.doe@example.org`);
  scratch.write("shared/rod.txt", GOOD);
  symlinkSync(join(scratch.dir, "secret.txt"), join(scratch.dir, "shared", "secret.txt"));
  symlinkSync("rod.txt", join(scratch.dir, "shared", "alias.txt"));
  symlinkSync("gone.txt", join(scratch.dir, "shared", "dangling.txt"));

  posix("are not followed out of it: the link is reported, nothing behind it is read", async () => {
    const { code, out, err } = await run(["shared", "--format", "sarif"]);
    expect(code).toBe(2);
    expect(out).not.toContain("jane.doe");
    expect(err).toBe(
      [
        "rod-check: shared/dangling.txt is a symbolic link to nothing that exists",
        "rod-check: shared/secret.txt is a symbolic link to a file outside the folder, so it was not read (--follow-symlinks reads it)",
        "",
      ].join("\n"),
    );
    const uris = (JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results.map(
      (result) => result.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(["shared/alias.txt", "shared/rod.txt"]));
  });

  posix("are followed out of it with --follow-symlinks", async () => {
    const { out } = await run(["shared", "--follow-symlinks", "--format", "json"]);
    const files = (JSON.parse(out) as { files: { path: string; error: string | null }[] }).files;
    expect(files.map((file) => `${file.path} ${file.error ?? "read"}`)).toEqual([
      "shared/alias.txt read",
      "shared/dangling.txt is a symbolic link to nothing that exists",
      "shared/rod.txt read",
      "shared/secret.txt read",
    ]);
  });
});

describe("--output", () => {
  it.each([
    ["by the same name", "victim.txt"],
    ["by another spelling", "./sub/../victim.txt"],
  ])("refuses to write over an input named %s, leaving it as it was", async (_name, output) => {
    scratch.write("victim.txt", GOOD);
    const { code, out, err } = await run(["victim.txt", "--output", output]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`rod-check: --output ${output} is one of the files being checked; write the report to another file\nRun "rod-check --help" for usage.\n`);
    expect(readFileSync(join(scratch.dir, "victim.txt"), "utf8")).toBe(GOOD);
  });

  posix("refuses a link to an input", async () => {
    scratch.write("linked.txt", GOOD);
    symlinkSync("linked.txt", join(scratch.dir, "report-link.txt"));
    const { code, err } = await run(["linked.txt", "--output", "report-link.txt"]);
    expect(code).toBe(2);
    expect(err).toMatch(/^rod-check: --output report-link\.txt is one of the files being checked/);
    expect(readFileSync(join(scratch.dir, "linked.txt"), "utf8")).toBe(GOOD);
  });
});

describe("control characters are escaped, so one line stays one line", () => {
  posix("in a file name, on stdout and on stderr", async () => {
    const forged = "bad\nrecords/other.docx passes (nothing at or above --fail-on error)\u001b]0;pwned\u0007.docx";
    scratch.write(forged, "not a zip");
    const text = await run([forged, "good.txt"]);
    expect(text.code).toBe(2);
    expect(text.out).toContain(
      "bad\\nrecords/other.docx passes (nothing at or above --fail-on error)\\x1b]0;pwned\\x07.docx is not a Word .docx file: it is not a zip archive\n",
    );
    expect(text.out).not.toMatch(RAW_CONTROLS);
    const sarif = await run([forged, "good.txt", "--format", "sarif"]);
    expect(sarif.err).toBe(
      "rod-check: bad\\nrecords/other.docx passes (nothing at or above --fail-on error)\\x1b]0;pwned\\x07.docx is not a Word .docx file: it is not a zip archive\n",
    );
  });

  it("in document text and the messages quoting it, with bidi overrides shown", async () => {
    scratch.write("ansi.txt", "Key decision: \u001b[2J\u001b[H\u001b[1;32mALL CLEAR\u001b[0m \u202eevil\u202c\n");
    const { out } = await run(["ansi.txt"]);
    expect(out).not.toMatch(RAW_CONTROLS);
    expect(out).toContain("“Key decision: \\x1b[2J\\x1b[H\\x1b[1;32mALL CLEAR\\x1b[0m \\u202eevil\\u202c”");
  });

  it("in a profile's name", async () => {
    scratch.write("loud.json", JSON.stringify({ ...builtInProfiles.kent, id: "loud", name: "Loud\u001b[2J Council" }));
    const { out } = await run(["good.txt", "--profile", "loud.json"]);
    expect(out).toContain("against the Loud\\x1b[2J Council profile");
    expect(out).not.toMatch(RAW_CONTROLS);
  });

  it("in a usage error naming a profile", async () => {
    const { code, err } = await run(["good.txt", "--profile", "x\u001b[2J\ny.json"]);
    expect(code).toBe(2);
    expect(err).toBe(
      'rod-check: --profile x\\x1b[2J\\ny.json is neither a built-in profile (kent, moderngov, wales) nor a profile file that can be read\nRun "rod-check --help" for usage.\n',
    );
  });
});

describe("globs", () => {
  scratch.write("x/a.txt", GOOD);

  it("a range that runs backwards is that argument's error, and the run goes on", async () => {
    const { code, out } = await run(["x/[z-a].txt", "good.txt"]);
    expect(code).toBe(2);
    expect(out).toContain("x/[z-a].txt is not a valid glob: the range [z-a] runs backwards (write it as [a-z])\n");
    expect(out).toContain(GOOD_REPORT);
  });

  it("many stars against a long name are matched, not backtracked", async () => {
    scratch.write(`long/${"a".repeat(200)}.txt`, GOOD);
    scratch.write(`long/${"a".repeat(200)}b.txt`, GOOD);
    const { out } = await run(["long/*a*a*a*a*a*a*a*a*a*a*b.txt", "--format", "json"]);
    expect((JSON.parse(out) as { files: { path: string }[] }).files.map((file) => file.path)).toEqual([`long/${"a".repeat(200)}b.txt`]);
  });
});

describe("profiles", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])("--profile %s is a usage error, not a built-in profile", async (name) => {
    const { code, out, err } = await run(["good.txt", "--profile", name]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(
      `rod-check: --profile ${name} is neither a built-in profile (kent, moderngov, wales) nor a profile file that can be read\nRun "rod-check --help" for usage.\n`,
    );
  });

  it("reads a profile saved with a UTF-8 byte-order mark", async () => {
    scratch.write("bom.json", `\uFEFF${JSON.stringify({ ...builtInProfiles.kent, id: "bom", name: "Byte Order Council" })}`);
    const { code, out } = await run(["good.txt", "--profile", "bom.json"]);
    expect(code).toBe(0);
    expect(out).toContain("against the Byte Order Council profile");
  });

  it("reports every unknown key in rules, __proto__ included", async () => {
    const text = JSON.stringify({ ...builtInProfiles.kent, rules: { "no-such-rule": "off" } }).replace('"rules":{', '"rules":{"__proto__":"off",');
    scratch.write("sneaky.json", text);
    const { code, err } = await run(["good.txt", "--profile", "sneaky.json"]);
    expect(code).toBe(2);
    const ruleIds = ruleMetas.map((meta) => meta.id).join(", ");
    expect(err).toBe(
      [
        "rod-check: profile sneaky.json: The council profile is not valid:",
        `- rules.__proto__: is not a rule ROD Author has (check the spelling; the rules are ${ruleIds})`,
        `- rules.no-such-rule: is not a rule ROD Author has (check the spelling; the rules are ${ruleIds})`,
        'Run "rod-check --help" for usage.',
        "",
      ].join("\n"),
    );
  });
});
