/**
 * One council profile file serves both the task pane (hosted as profile.json beside taskpane.html) and the
 * command line (rod-check --profile file.json): the same file gives the same profile and the same findings, and
 * the same mistake gives the same readable message in both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPrepared, parseProfile, snapshotFromText } from "../../src/core";
import { main } from "../../src/cli/main";
import { hostedProfileSource, type ProfileFetch } from "../../src/taskpane/profiles";
import { memoryIo } from "../cli/support/memory-io";
import { FIXTURES, kentWith, readSeed } from "./support/profiles";

const PAGE = "https://rod.example.gov.uk/taskpane.html";
const northdownFile = join(FIXTURES, "northdown.json");

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "rod-profile-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A record whose spending (£300,000) is key under Northdown's "£250,000 or more" and not under Kent's "over £1m", with
 * a placeholder only Northdown's own patterns (run on RE2, loaded for them) find.
 */
function recordText(): string {
  return readSeed("kent-send-strategy-2021.txt").replace(/^(Decision:.*)$/m, "$1\nI agree to spend £300,000 on new school transport from TBD.");
}

/** The hosted file, served as a web host would serve it. */
function serving(text: string): ProfileFetch {
  return async () => ({ ok: true, status: 200, statusText: "OK", headers: { get: () => "application/json" }, text: async () => text });
}

async function rodCheck(...argv: string[]) {
  const io = memoryIo(scratch);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("the same profile file in the pane and on the command line", () => {
  it("gives the pane and rod-check the same profile, and the same findings on the same record", async () => {
    writeFileSync(join(scratch, "record.txt"), recordText());
    const fileText = readFileSync(northdownFile, "utf8");

    const catalogue = await hostedProfileSource({ pageUrl: PAGE, fetch: serving(fileText) })();
    expect(catalogue.problem).toBeUndefined();
    expect(catalogue.defaultId).toBe("northdown");
    const paneProfile = catalogue.profiles[0];
    expect(paneProfile).toEqual(parseProfile(JSON.parse(fileText)));
    const paneFindings = (await checkPrepared(snapshotFromText(recordText()), paneProfile)).findings.map((finding) => [finding.ruleId, finding.severity, finding.message]);

    const cli = await rodCheck("--profile", northdownFile, "--format", "json", "--fail-on", "never", "record.txt");
    expect(cli.err).toBe("");
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.out) as { profile: string; files: { findings: { ruleId: string; severity: string; message: string }[] }[] };
    expect(report.profile).toBe("northdown");
    const cliFindings = report.files[0].findings.map((finding) => [finding.ruleId, finding.severity, finding.message]);

    expect(cliFindings).toEqual(expect.arrayContaining(paneFindings));
    expect(cliFindings).toHaveLength(paneFindings.length);
    expect(cliFindings.map(([ruleId]) => ruleId)).toContain("key-decision-notice");
    expect(cliFindings).toContainEqual(["placeholder-text", "warning", "“TBD” looks like an unfilled placeholder. Fill it in or remove it."]);
  });

  it("is what makes the difference: with Kent's built-in profile the same spending is not key", async () => {
    writeFileSync(join(scratch, "record.txt"), recordText());
    const cli = await rodCheck("--profile", "kent", "--format", "json", "--fail-on", "never", "record.txt");
    const report = JSON.parse(cli.out) as { files: { findings: { ruleId: string }[] }[] };
    expect(report.files[0].findings.map((finding) => finding.ruleId)).not.toContain("key-decision-notice");
  });

  it.each<[string, (profile: Record<string, any>) => void, string]>([
    ["a pattern the pattern engine cannot run", (p) => (p.placeholders.patterns = ["(X)\\1"]), "placeholders.patterns[0]: uses a backreference"],
    ["a threshold written as text", (p) => (p.keyDecision.threshold = "£250k"), "keyDecision.threshold: must be a number, but it is text"],
    ["a misspelt rule id", (p) => (p.rules = { "personal-date": "off" }), "rules.personal-date: is not a rule ROD Author has"],
  ])("refuses %s with the same message in both", async (_case, edit, message) => {
    const text = JSON.stringify(kentWith(edit), null, 2);
    writeFileSync(join(scratch, "broken.json"), text);
    writeFileSync(join(scratch, "record.txt"), recordText());

    const cli = await rodCheck("--profile", "broken.json", "record.txt");
    expect(cli.code).toBe(2);
    expect(cli.out).toBe("");
    expect(cli.err).toContain(`- ${message}`);

    const catalogue = await hostedProfileSource({ pageUrl: PAGE, fetch: serving(text) })();
    expect(catalogue.defaultId).toBe("kent");
    expect(catalogue.problem).toBe(
      "The council profile at https://rod.example.gov.uk/profile.json has a mistake, so it is not used. The built-in profiles are used until it is corrected.",
    );
    expect(catalogue.problemItems).toEqual([expect.stringContaining(message)]);
  });
});
