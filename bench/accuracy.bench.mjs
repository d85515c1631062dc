// Accuracy on the corpus of real published records (test/fixtures/corpus): recall of what a Democratic Services
// officer says must be reported, false alarms per record, and every miss and false alarm with its reason,
// read once as text and once as .docx through rod-check's own reader.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkDocument, snapshotFromText, builtInProfiles } = require("../build/core/index.js");
const { readDocx } = require("../build/docx");
const { openZipFile } = require("../build/docx/node/zip-file.js");
const { loadCorpus, scoreRecord, summarise, FLOORS } = require("../test/fixtures/corpus/score.js");

const percent = (value) => `${(value * 100).toFixed(1)} %`;

function print(label, scored) {
  const total = summarise(scored);
  console.log(`\n### ${label}: ${total.records} records`);
  console.log(`recall ${percent(total.recall)} (${total.found} of ${total.must} must-report findings; floor ${percent(FLOORS.recall)})`);
  console.log(`false alarms ${total.falseAlarms}, ${total.falseAlarmsPerRecord.toFixed(2)} per record (bar ${FLOORS.falseAlarmsPerRecord.toFixed(2)})`);
  for (const [name, score] of Object.entries(total.byClass).sort()) {
    console.log(`  ${name.padEnd(15)} found ${score.found}/${score.must}, false alarms ${score.falseAlarms}`);
  }
  for (const record of scored) {
    for (const miss of record.misses) console.log(`  MISS  ${record.id}: ${miss.rule} ${miss.section ?? miss.text ?? ""} [${miss.class}] ${miss.reason}`);
    for (const alarm of record.falseAlarms) console.log(`  FALSE ${record.id}: ${alarm.rule} ${alarm.section ?? alarm.text ?? ""} [${alarm.class}] ${alarm.reason}`);
  }
}

export default async function accuracy() {
  const corpus = loadCorpus();
  const profileOf = (record) => builtInProfiles[record.key.profile] ?? builtInProfiles.moderngov;
  const text = corpus.map((record) => scoreRecord(record, checkDocument(snapshotFromText(record.text), profileOf(record))));
  const docx = [];
  for (const record of corpus) docx.push(scoreRecord(record, checkDocument(await readDocx(await openZipFile(record.docx)), profileOf(record))));
  print("text", text);
  print(".docx", docx);
}
