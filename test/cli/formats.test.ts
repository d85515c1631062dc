import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { builtInProfiles, ruleMetas, snapshotFromText } from "../../src/core";
import { escapeAttribute, escapeText } from "../../src/cli/format/junit";
import type { JsonReport } from "../../src/cli/format/json";
import type { SarifLog } from "../../src/cli/format/sarif";
import { main } from "../../src/cli/main";
import { docxFromSnapshot } from "./support/docx-from-snapshot";
import { memoryIo } from "./support/memory-io";
import { kentRecord } from "../support/records";
import { Scratch } from "./support/word-package";

const seeds = join(__dirname, "..", "..", "src", "workbench", "records");
const STLS = readFileSync(join(seeds, "kent-stls-redesign-2022.md"), "utf8");
const SEND = readFileSync(join(seeds, "kent-send-strategy-2021.txt"), "utf8");
const AWKWARD_NAME = `R&D "draft" <1>.txt`;
const AWKWARD_TEXT = `DECISION TO BE TAKEN BY:\n[Enter the name & <title> of the "decision-maker"]\nDecision:\nTBC\n`;

const scratch = new Scratch();
afterAll(() => scratch.remove());
const FILES = ["stls.md", "send.txt", "stls.docx", AWKWARD_NAME, "broken.docx"];

beforeAll(async () => {
  scratch.write("stls.md", STLS);
  scratch.write("send.txt", SEND);
  scratch.write("stls.docx", await docxFromSnapshot(snapshotFromText(STLS)));
  scratch.write(AWKWARD_NAME, AWKWARD_TEXT);
  scratch.write("broken.docx", "not a zip");
});

async function report(format: string, files = FILES, extra: string[] = []): Promise<{ code: number; out: string }> {
  const io = memoryIo(scratch.dir);
  const code = await main([...files, "--format", format, ...extra], io);
  return { code, out: io.out() };
}

describe("json", () => {
  let json: JsonReport;
  beforeAll(async () => {
    json = JSON.parse((await report("json")).out) as JsonReport;
  });

  it("follows the version 1 contract, with every key present", () => {
    expect(Object.keys(json)).toEqual(["version", "profile", "files"]);
    expect(json.version).toBe(1);
    expect(json.profile).toBe("kent");
    expect(json.files.map((file) => file.path)).toEqual(FILES);
    for (const file of json.files) {
      expect(Object.keys(file)).toEqual(["path", "ok", "error", "summary", "record", "findings"]);
      for (const finding of file.findings) {
        expect(Object.keys(finding)).toEqual(["ruleId", "severity", "message", "section", "block", "start", "length", "text", "data"]);
      }
    }
  });

  it("points each finding at its paragraph (0-based block) and the exact text", () => {
    const blocks = snapshotFromText(STLS).blocks;
    const findings = json.files[0].findings.filter((finding) => finding.block !== null);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(blocks[finding.block!].text.slice(finding.start!, finding.start! + finding.length!)).toBe(finding.text);
    }
  });

  it("marks a file ok only when it was read and nothing reaches --fail-on", () => {
    const [stls, send, stlsDocx, , broken] = json.files;
    expect([stls.ok, send.ok, stlsDocx.ok]).toEqual([false, true, false]);
    expect(send.findings.map((finding) => finding.severity)).toContain("warning");
    expect(broken).toEqual({ path: "broken.docx", ok: false, error: "is not a Word .docx file: it is not a zip archive", summary: null, record: null, findings: [] });
    expect(stls.summary?.keyDecision.answer).toBe("missing");
  });

  it("gives a .docx the same findings as the same record in Markdown", () => {
    expect(json.files[2].findings).toEqual(json.files[0].findings);
  });
});

describe("sarif", () => {
  let sarif: SarifLog;
  let json: JsonReport;
  beforeAll(async () => {
    sarif = JSON.parse((await report("sarif")).out) as SarifLog;
    json = JSON.parse((await report("json")).out) as JsonReport;
  });

  it("is SARIF 2.1.0 with one run of rod-check and a category", () => {
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.name).toBe("rod-check");
    expect(sarif.runs[0].automationDetails.id).toBe("rod-check/kent/");
  });

  it("describes every rule the way GitHub reads it", () => {
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(ruleMetas.map((rule) => rule.id));
    for (const rule of rules) {
      expect(rule.name.length).toBeLessThanOrEqual(255);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(["error", "warning", "note"]).toContain(rule.defaultConfiguration.level);
    }
  });

  it("lists key-decision-threshold as the former id of each rule split from it", () => {
    const former = sarif.runs[0].tool.driver.rules.filter((rule) => rule.deprecatedIds).map((rule) => [rule.id, rule.deprecatedIds]);
    expect(former).toEqual(["key-decision-contradiction", "key-decision-unstated", "key-decision-notice", "key-decision-cap"].map((id) => [id, ["key-decision-threshold"]]));
  });

  it("honours a profile that turns the former id off, in SARIF and in JSON", async () => {
    scratch.write("old-ids.json", JSON.stringify({ ...builtInProfiles.kent, id: "old-ids", name: "Old Ids Council", rules: { "key-decision-threshold": "off" } }));
    scratch.write("key.md", kentRecord({ "key-decision": ["Key decision: YES"], decision: ["## Decision:", "I agree to spend £2.4m on the depot, and up to £3m on its road."] }));
    const split = (ruleId: string) => ruleId.startsWith("key-decision-") && ruleId !== "key-decision-answer";
    const today = JSON.parse((await report("json", ["key.md"])).out) as JsonReport;
    expect(today.files[0].findings.filter((finding) => split(finding.ruleId)).map((finding) => finding.ruleId)).toEqual(["key-decision-notice", "key-decision-cap"]);
    const old = JSON.parse((await report("sarif", ["key.md"], ["--profile", "old-ids.json"])).out) as SarifLog;
    const disabled = old.runs[0].tool.driver.rules.filter((rule) => !rule.defaultConfiguration.enabled).map((rule) => rule.id);
    expect(disabled).toEqual(["key-decision-contradiction", "key-decision-unstated", "key-decision-notice", "key-decision-cap"]);
    expect(old.runs[0].results.filter((result) => split(result.ruleId))).toEqual([]);
    const oldJson = JSON.parse((await report("json", ["key.md"], ["--profile", "old-ids.json"])).out) as JsonReport;
    expect(oldJson.files[0].findings.filter((finding) => split(finding.ruleId))).toEqual([]);
  });

  it("has one result per finding, with rule, level, message, relative location, region and fingerprint", () => {
    const results = sarif.runs[0].results;
    const findings = json.files.flatMap((file) => file.findings.map((finding) => ({ ...finding, path: file.path })));
    expect(results).toHaveLength(findings.length);
    const rules = sarif.runs[0].tool.driver.rules;
    results.forEach((result, index) => {
      const finding = findings[index];
      expect(result.ruleId).toBe(finding.ruleId);
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
      expect(result.level).toBe({ error: "error", warning: "warning", info: "note" }[finding.severity]);
      expect(result.message.text).toBe(finding.message);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe(finding.path.split("/").map(encodeURIComponent).join("/"));
      expect(location.artifactLocation.uri).not.toMatch(/^\/|\\/);
      if (finding.block !== null) {
        expect(location.region).toEqual({
          startLine: finding.block + 1,
          startColumn: finding.start! + 1,
          endLine: finding.block + 1,
          endColumn: finding.start! + finding.length! + 1,
        });
      } else {
        expect(location.region).toEqual({ startLine: 1 });
      }
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:[1-9]\d*$/);
    });
    expect(results.some((result) => result.locations[0].physicalLocation.artifactLocation.uri === "R%26D%20%22draft%22%20%3C1%3E.txt")).toBe(true);
  });

  it("keeps a finding's fingerprint when paragraphs are added above it", async () => {
    scratch.write("moved.md", `An added first paragraph.\n\nAnd a second.\n\n${STLS}`);
    const moved = JSON.parse((await report("sarif", ["moved.md"])).out) as SarifLog;
    const original = sarif.runs[0].results.filter((result) => result.locations[0].physicalLocation.artifactLocation.uri === "stls.md");
    const fingerprints = (results: SarifLog["runs"][0]["results"]) => results.map((result) => result.partialFingerprints.primaryLocationLineHash);
    expect(fingerprints(moved.runs[0].results)).toEqual(fingerprints(original));
    const lines = (results: SarifLog["runs"][0]["results"]) => results.map((result) => result.locations[0].physicalLocation.region?.startLine);
    expect(lines(moved.runs[0].results)).not.toEqual(lines(original));
  });

  it("reports unreadable files as tool notifications, and the run as not fully successful", () => {
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "broken.docx is not a Word .docx file: it is not a zip archive" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "broken.docx", uriBaseId: "%SRCROOT%" } } }],
      },
    ]);
  });
});

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** Parses XML into a small tree with saxes: throws if the document is not well-formed. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (text) => (stack[stack.length - 1].text += text));
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

describe("junit", () => {
  let suites: Element;
  beforeAll(async () => {
    suites = parseXml((await report("junit")).out);
  });

  it("is well-formed XML with one testsuite per document", () => {
    expect(suites.name).toBe("testsuites");
    expect(suites.children.map((suite) => suite.attributes.name)).toEqual(FILES);
  });

  it("has one testcase per rule, named after the rule, with the document as classname", () => {
    const [stls] = suites.children;
    expect(stls.children.map((testcase) => testcase.attributes.name)).toEqual(ruleMetas.map((rule) => rule.id));
    expect(stls.children.every((testcase) => testcase.attributes.classname === "stls.md")).toBe(true);
  });

  it("fails a rule's testcase with its findings at or above --fail-on, and counts failures", () => {
    const [stls, send] = suites.children;
    const failing = stls.children.filter((testcase) => testcase.children.some((child) => child.name === "failure"));
    expect(failing.map((testcase) => testcase.attributes.name)).toEqual(["key-decision-answer"]);
    expect(failing[0].children[0].attributes.message).toBe("1 finding");
    expect(failing[0].children[0].text).toMatch(/^¶\d+ col \d+ \(error\): The record does not say whether this is a key decision\./);
    expect(stls.attributes.failures).toBe("1");
    expect(send.attributes.failures).toBe("0");
    const totals = suites.children.reduce((sum, suite) => sum + Number(suite.attributes.failures), 0);
    expect(suites.attributes.failures).toBe(String(totals));
  });

  it("turns warnings into failures under --fail-on warning", async () => {
    const strict = parseXml((await report("junit", ["send.txt"], ["--fail-on", "warning"])).out);
    // date-order, duplicate-numbering and heading-style (its eleven plain-line headings).
    expect(strict.children[0].attributes.failures).toBe("3");
  });

  it("keeps awkward characters in names and messages intact through escaping", () => {
    const awkward = suites.children[3];
    expect(awkward.attributes.name).toBe(AWKWARD_NAME);
    const placeholder = awkward.children.find((testcase) => testcase.attributes.name === "placeholder-text")!;
    expect(placeholder.attributes.classname).toBe(AWKWARD_NAME);
    expect(placeholder.children[0].text).toContain(`[Enter the name & <title> of the "decision-maker"]`);
  });

  it("reports an unreadable document as an errored testsuite", () => {
    const broken = suites.children[4];
    expect(broken.attributes).toMatchObject({ tests: "1", errors: "1", failures: "0" });
    expect(broken.children[0].children[0]).toMatchObject({ name: "error", attributes: { message: "broken.docx is not a Word .docx file: it is not a zip archive", type: "unreadable" } });
  });

  it("drops characters XML cannot carry and escapes the rest", () => {
    expect(escapeText("a\u0000b\u000bc\ud800d & <e>")).toBe("abcd &amp; &lt;e&gt;");
    expect(escapeAttribute(`"it's"\nnext\tcell`)).toBe("&quot;it&apos;s&quot;&#10;next&#9;cell");
    expect(() => parseXml(`<a b="${escapeAttribute("x\u0001\"<&'")}">${escapeText("\u0002]]>&")}</a>`)).not.toThrow();
  });
});

describe("text", () => {
  let out: string;
  beforeAll(async () => {
    out = (await report("text")).out;
  });

  it("groups each file's findings by severity, errors first, with paragraph numbers and quotes", () => {
    const stls = out.split("\n\n")[0].split("\n");
    expect(stls[0]).toBe("stls.md");
    expect(stls[1]).toBe("  Errors (1)");
    expect(stls[2]).toMatch(/^ {4}¶8 {4}The record does not say whether this is a key decision\..*\[key-decision-answer\]$/);
    expect(stls[3]).toBe("          “Key decision:”");
    // The sum over the threshold is named inside that one finding, not reported again as a warning.
    expect(stls).toHaveLength(4);
  });

  it("says which files passed and which could not be read", () => {
    expect(out).toContain("send.txt\n  Warnings (13)");
    expect(out).toContain("  passes (nothing at or above --fail-on error)");
    expect(out).toContain("broken.docx is not a Word .docx file: it is not a zip archive");
  });

  it("does not call a file passing when nothing can fail it", async () => {
    const { out: never } = await report("text", ["send.txt"], ["--fail-on", "never"]);
    expect(never).toContain("send.txt\n  Warnings (13)");
    expect(never).not.toContain("passes");
  });

  it("ends with one summary line", () => {
    const last = out.trimEnd().split("\n").pop();
    expect(last).toMatch(/^Checked 5 files against the Kent County Council profile: \d+ errors?, \d+ warnings?, \d+ info in 4 files; 1 file could not be read\.$/);
  });
});
