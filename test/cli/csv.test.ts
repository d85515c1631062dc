import { readFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotFromText } from "../../src/core";
import { main } from "../../src/cli/main";
import { CSV_COLUMNS } from "../../src/cli/format/csv";
import { docxFromSnapshot } from "./support/docx-from-snapshot";
import { memoryIo } from "./support/memory-io";
import { Scratch } from "./support/word-package";
import { kentRecord } from "../support/records";

/** RFC 4180, strictly: quoted fields may hold commas, doubled quotes and line breaks; records end CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = "";
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error("unterminated quoted field");
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] === '"') {
          value += '"';
          at++;
        } else break;
      }
    } else {
      const end = text.slice(at).search(/,|\r\n/);
      value = end < 0 ? text.slice(at) : text.slice(at, at + end);
      if (/["\r\n]/.test(value)) throw new Error(`a bare field holds a quote or line break: ${JSON.stringify(value)}`);
      at = end < 0 ? text.length : at + end;
    }
    row.push(value);
    if (text.startsWith(",", at)) at++;
    else if (text.startsWith("\r\n", at)) {
      at += 2;
      rows.push(row);
      row = [];
    } else if (at < text.length) throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const seeds = join(__dirname, "..", "..", "src", "workbench", "records");
const SEND = readFileSync(join(seeds, "kent-send-strategy-2021.txt"), "utf8");
const STLS = readFileSync(join(seeds, "kent-stls-redesign-2022.md"), "utf8");
const HOSTILE = kentRecord({
  title: ["## Subject Matter / Title of Decision", "=HYPERLINK(\"http://example.invalid\",\"Click\")"],
  decision: ["## Decision:", "I agree to: fund the pilot, at \"cost\", of £45,000.", "+1 more line", "-2 and @SUM(A1)"],
  "decision-maker": ["## DECISION TAKEN BY:", "@Roger Gough, Leader of the Council"],
});

const scratch = new Scratch();
afterAll(() => scratch.remove());
scratch.write("seeds/kent-send-strategy-2021.txt", SEND);
scratch.write("seeds/kent-stls-redesign-2022.md", STLS);
scratch.write("folder/clean.md", kentRecord());
scratch.write("folder/hostile.md", HOSTILE);
scratch.write("folder/broken.docx", "this is not a zip file");

async function run(argv: string[]) {
  const io = memoryIo(scratch.dir);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function register(...inputs: string[]) {
  const { out, err } = await run([...inputs, "--format", "csv", "--concurrency", "off"]);
  expect(out.startsWith("\uFEFF")).toBe(true);
  const rows = parseCsv(out.slice(1));
  const [header, ...records] = rows;
  return { header, records: records.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]]))), out, err };
}

describe("rod-check --format csv: the decisions register", () => {
  it("starts with a byte-order mark and the header row, exactly", async () => {
    const { header, out } = await register("seeds");
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.join(",")).toBe(
      "path,title,decision_maker,decision_number,decision_date,key_decision,largest_spend,publication,exempt_paragraphs,decision,reasons,alternatives,interests,errors,warnings",
    );
    expect(out.endsWith("\r\n")).toBe(true);
  });

  it("has one row per seed; the SEND row has key decision yes, its title and its decision-maker", async () => {
    const { records } = await register("seeds");
    expect(records.map((record) => record.path)).toEqual(["seeds/kent-send-strategy-2021.txt", "seeds/kent-stls-redesign-2022.md"]);
    const send = records[0];
    expect(send).toMatchObject({
      key_decision: "yes",
      title: "Special Educational Needs and Disabilities Strategy 2021 - 2024",
      decision_maker: "Sue Chandler, Cabinet member for Integrated Children's Services",
      decision_number: "To be allocated by Democratic Services",
      publication: "public",
      largest_spend: "",
      errors: "0",
      interests: "None",
    });
    // Paragraphs are joined with a blank line, as read.
    expect(send.decision.split("\n\n")[0]).toBe("As Cabinet Member for Integrated children's Services, I agree to:");
    expect(send.alternatives).toBe("All alternatives were considered following the consultation process.");
    const stls = records[1];
    expect(stls).toMatchObject({ key_decision: "missing", largest_spend: "8500000", errors: "1" });
  });

  it("over a folder: a row for each readable record, the unreadable one named on stderr", async () => {
    const { records, err } = await register("folder");
    expect(records.map((record) => record.path)).toEqual(["folder/clean.md", "folder/hostile.md"]);
    expect(err).toContain("folder/broken.docx");
    expect(records[0]).toMatchObject({ title: "Library opening hours pilot", decision_maker: "Roger Gough, Leader of the Council", decision_number: "24/00012", key_decision: "no", largest_spend: "45000", publication: "public", errors: "0", warnings: "0" });
  });

  it("quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas", async () => {
    const { records, out } = await register("folder/hostile.md");
    const [hostile] = records;
    expect(hostile.title).toBe("'=HYPERLINK(\"http://example.invalid\",\"Click\")");
    expect(hostile.decision_maker).toBe("'@Roger Gough, Leader of the Council");
    // The decision's first paragraph starts it; later paragraphs ("+1 …") sit inside the cell, not at its start.
    expect(hostile.decision).toBe("I agree to: fund the pilot, at \"cost\", of £45,000.\n\n+1 more line\n\n-2 and @SUM(A1)");
    expect(out).toContain('"\'=HYPERLINK(""http://example.invalid"",""Click"")"');
    for (const cell of Object.values(hostile)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("--format json gains the same record per file, and null for an unreadable one", async () => {
    const { out } = await run(["seeds/kent-send-strategy-2021.txt", "folder/broken.docx", "--format", "json", "--concurrency", "off"]);
    const files = (JSON.parse(out) as { files: { path: string; record: Record<string, unknown> | null }[] }).files;
    expect(files.find((file) => file.path.endsWith(".txt"))?.record).toMatchObject({
      keyDecision: "yes",
      title: "Special Educational Needs and Disabilities Strategy 2021 - 2024",
      decisionMaker: "Sue Chandler, Cabinet member for Integrated Children's Services",
    });
    expect(files.find((file) => file.path.endsWith(".docx"))?.record).toBeNull();
  });
});

describe("rod-check on .docx: heading-style from the styles the file resolves", () => {
  const headingOf = (line: string) => /^(?:## |# )/.test(line);

  it("reports the section headings of a record whose headings are bold Normal paragraphs", async () => {
    const blocks = snapshotFromText(kentRecord()).blocks.map((block) =>
      block.outlineLevel ? { text: block.text, style: "Normal", bold: true } : block,
    );
    scratch.write("docx/bold.docx", await docxFromSnapshot({ blocks }));
    const { out } = await run(["docx/bold.docx", "--format", "json", "--concurrency", "off"]);
    const [file] = (JSON.parse(out) as { files: { findings: { ruleId: string; text: string | null; data: { look?: string } | null }[] }[] }).files;
    const found = file.findings.filter((finding) => finding.ruleId === "heading-style");
    const expected = kentRecord().split("\n").filter(headingOf).map((line) => line.replace(/^#+ /, ""));
    expect(found.map((finding) => finding.text)).toEqual(expected);
    expect(found.slice(1).every((finding) => finding.data?.look === "bold")).toBe(true);
  });

  it("reports none for the same record made with real heading styles", async () => {
    scratch.write("docx/styled.docx", await docxFromSnapshot(snapshotFromText(kentRecord())));
    const { out } = await run(["docx/styled.docx", "--format", "json", "--concurrency", "off"]);
    const [file] = (JSON.parse(out) as { files: { findings: { ruleId: string }[]; summary: { headings: unknown } }[] }).files;
    expect(file.findings.filter((finding) => finding.ruleId === "heading-style")).toEqual([]);
    expect(file.summary.headings).toEqual({ real: 12, total: 12 });
  });
});
