// The checker's accuracy on real published records (test/fixtures/corpus), held to a floor: recall of what a
// Democratic Services officer says must be reported, and false alarms per record, read as text and as .docx.
import { existsSync } from "node:fs";
import { builtInProfiles, checkDocument, snapshotFromText, type Profile, type Report } from "../../src/core";
import { readDocx } from "../../src/docx";
import { openZipFile } from "../../src/docx/node/zip-file";
import { FLOORS, loadCorpus, scoreRecord, summarise, type CorpusRecord, type ScoredRecord } from "../fixtures/corpus/score";

/** The councils the corpus may draw on; the issue keeps every other council for an independent check. */
const ALLOWED_COUNCILS = new Set([
  "barnet", "barnsley", "birmingham", "bradford", "brighton-and-hove", "buckinghamshire", "caerphilly", "camden", "cheshire-east",
  "cornwall", "croydon", "devon", "doncaster", "dorset", "durham", "ealing", "essex", "gloucestershire", "gwynedd", "hampshire",
  "hertfordshire", "islington", "lambeth", "lancashire", "leicestershire", "lewisham", "lincolnshire", "liverpool", "manchester",
  "newcastle", "newham", "norfolk", "northumberland", "nottinghamshire", "plymouth", "portsmouth", "powys", "salford", "southampton",
  "southwark", "stockport", "suffolk", "sunderland", "surrey", "swansea", "trafford", "vale-of-glamorgan", "wakefield", "wandsworth",
  "warwickshire", "wigan", "wiltshire", "worcestershire", "york",
]);

const corpus = loadCorpus();
const councilOf = (record: CorpusRecord) => record.id.replace(/-\d+$/, "");
const profileOf = (record: CorpusRecord): Profile => builtInProfiles[record.key.profile];
/**
 * The corpus is published web pages saved as text: their heading markup was lost on the way, so whether headings are
 * real Word headings (heading-style) is not something the answer keys judge; its own tests cover it.
 */
const scoredFindings = (report: Report): Report => ({ ...report, findings: report.findings.filter((finding) => finding.ruleId !== "heading-style") });

function verdict(scored: ScoredRecord[]): string[] {
  const total = summarise(scored);
  const problems: string[] = [];
  if (total.recall < FLOORS.recall) {
    problems.push(`recall ${(total.recall * 100).toFixed(1)} % is below ${FLOORS.recall * 100} %; missed:`);
    for (const record of scored) for (const miss of record.misses) problems.push(`  ${record.id}: ${miss.rule} ${miss.section ?? miss.text ?? ""}: ${miss.reason}`);
  }
  if (total.falseAlarmsPerRecord > FLOORS.falseAlarmsPerRecord) {
    problems.push(`${total.falseAlarms} false alarms in ${total.records} records is above ${FLOORS.falseAlarmsPerRecord} per record:`);
    for (const record of scored) for (const alarm of record.falseAlarms) problems.push(`  ${record.id}: ${alarm.rule} ${alarm.section ?? alarm.text ?? ""}: ${alarm.reason}`);
  }
  return problems;
}

describe("the corpus of real records", () => {
  test("holds at least 40 records from at least 20 councils, all on the issue's list, each with its source, key and .docx", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.map(councilOf)).size).toBeGreaterThanOrEqual(20);
    expect(corpus.map(councilOf).filter((council) => !ALLOWED_COUNCILS.has(council))).toEqual([]);
    expect(corpus.filter((record) => !/^https?:\/\/\S+$/.test(record.url)).map((record) => record.id)).toEqual([]);
    expect(corpus.filter((record) => !existsSync(record.docx) || !profileOf(record)).map((record) => record.id)).toEqual([]);
  });

  test("as text: recall and false alarms are within their floors", () => {
    const scored = corpus.map((record) => scoreRecord(record, scoredFindings(checkDocument(snapshotFromText(record.text), profileOf(record)))));
    expect(verdict(scored)).toEqual([]);
  });

  test("as .docx read by rod-check's reader: recall and false alarms are within their floors", async () => {
    const scored: ScoredRecord[] = [];
    for (const record of corpus) scored.push(scoreRecord(record, scoredFindings(checkDocument(await readDocx(await openZipFile(record.docx)), profileOf(record)))));
    expect(verdict(scored)).toEqual([]);
  });
});

describe("the score", () => {
  const record = corpus.find((item) => item.key.mustReport.length > 0 && item.key.falseAlarms.length > 0)!;
  const real = checkDocument(snapshotFromText(record.text), profileOf(record));

  test("counts a must-report finding that is not there as a miss", () => {
    const silent: Pick<Report, "findings" | "summary"> = { ...real, findings: [] };
    expect(scoreRecord(record, silent).misses).toEqual(record.key.mustReport);
  });

  test("counts a listed false alarm, and any unlisted error or warning, as false alarms", () => {
    const listed = record.key.falseAlarms[0];
    const noisy: Pick<Report, "findings" | "summary"> = {
      ...real,
      findings: [
        { ruleId: listed.rule, severity: "error", message: "x", ...(listed.section ? { section: listed.section as never } : {}) },
        { ruleId: "date-order", severity: "warning", message: "Dates run backwards." },
        { ruleId: "date-order", severity: "info", message: "Advice is never a false alarm." },
      ],
    };
    expect(scoreRecord(record, noisy).falseAlarms.map((alarm) => alarm.class)).toEqual([listed.class, "unlisted"]);
  });
});
