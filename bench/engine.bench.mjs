// Engine speed: synthetic RODs of 50, 500 and 5,000 paragraphs, and adversarial 1 MB inputs.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { checkDocument, snapshotFromText, builtInProfiles } = require("../build/core/index.js");

const PARAGRAPHS = [
  (n) => `${Math.floor(n / 10) + 1}.${(n % 10) + 1} The service received ${n * 7} requests in 2021/22, against ${n * 5} the year before; a public consultation ran from 3 December 2021 to 4 February 2022.`,
  (n) => `The annual budget for the programme is £${(n % 9) + 1}.${n % 10}m per annum, and commissions below the £1m threshold can be approved by the Corporate Director.`,
  (n) => `Option ${n}: keep the current arrangements. This was rejected because it does not meet the rising demand set out in paragraph ${n % 40}.`,
  (n) => `Settings in ${n % 12 + 1} districts reported that children with more complex needs need targeted support, training and advice to be able to meet their needs.`,
  () => "Schools also have a range of duties under the Equality Act 2010, including duties relating to disability, and the Children and Families Act 2014.",
];

/** A Kent ROD with every section, its reasons padded out to the requested number of paragraphs. */
export function syntheticRod(paragraphs) {
  const head = [
    "# KENT COUNTY COUNCIL – RECORD OF DECISION",
    "## DECISION TAKEN BY:",
    "Sue Chandler, Cabinet Member for Integrated Children's Services",
    "## DECISION NO:",
    "22/00012",
    "For publication",
    "Key decision: YES",
    "Key decision criteria. The decision will:",
    "- a) result in savings or expenditure which is significant having regard to the budget for the service or function (currently defined by the Council as in excess of £1,000,000); or",
    "## Subject Matter / Title of Decision",
    "Specialist Teaching and Learning Service redesign",
    "## Decision:",
    "As Cabinet Member, I agree to extend the service level agreements at a cost of £8.5m per annum.",
    "## Reason(s) for decision:",
  ];
  const tail = [
    "## Any alternatives considered and rejected:",
    "Open market bids were rejected because they would not give consistent provision.",
    "Background papers are available from Democratic Services on 03000 41 41 41.",
    "## Any interest declared when the decision was taken and any dispensation granted by the Proper Officer:",
    "None",
    "signed",
    "date",
  ];
  const body = [];
  for (let n = 0; body.length + head.length + tail.length < paragraphs; n++) body.push(PARAGRAPHS[n % PARAGRAPHS.length](n));
  return [...head, ...body, ...tail].join("\n");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export default async function run() {
  const profile = builtInProfiles.kent;
  const rows = [];
  for (const paragraphs of [50, 500, 5000]) {
    const text = syntheticRod(paragraphs);
    const snapshot = snapshotFromText(text);
    const runs = paragraphs >= 5000 ? 21 : 51;
    const check = time(() => checkDocument(snapshot, profile), runs);
    const whole = time(() => checkDocument(snapshotFromText(text), profile), runs);
    const megabytes = Buffer.byteLength(text) / 1e6;
    rows.push({ paragraphs, check, megabytes });
    console.log(
      `engine: ${String(snapshot.blocks.length).padStart(5)} paragraphs, ${(megabytes * 1000).toFixed(0).padStart(5)} KB: checkDocument median ${check.toFixed(2)} ms (${(megabytes / (check / 1000)).toFixed(1)} MB/s); text → snapshot → check ${whole.toFixed(2)} ms`,
    );
  }
  const [, mid, big] = rows;
  console.log(`engine: 5,000 paragraphs in ${big.check.toFixed(2)} ms (target ≤ 50 ms): ${big.check <= 50 ? "met" : "MISSED"}`);
  const ratio = big.check / mid.check;
  console.log(`engine: 10× the text (500 → 5,000 paragraphs) costs ${ratio.toFixed(1)}× the time (target ≤ 12×): ${ratio <= 12 ? "met" : "MISSED"}`);

  const megabyte = 1_000_000;
  const adversarial = {
    "one 1 MB paragraph of £ digits and commas": "£1," + "1,".repeat(megabyte / 2),
    "1 MB of unclosed template instructions": "[do not include ".repeat(megabyte / 16),
    "1 MB of address characters with no @": "a.".repeat(megabyte / 2),
    "1 MB of @ signs": "@".repeat(megabyte),
    "1 MB of full stops": ".".repeat(megabyte),
    "1 MB of # and spaces": "# ".repeat(megabyte / 2),
    "1 MB of money, 100,000 amounts": "£1m ".repeat(megabyte / 4),
    "1 MB of dates": "from 3 May 2024 to 2 May 2024 ".repeat(megabyte / 30),
    "10,000 lines of 'Key decision:'": "Key decision:\n".repeat(10_000),
  };
  for (const [name, text] of Object.entries(adversarial)) {
    const snapshot = snapshotFromText(text);
    const ms = time(() => checkDocument(snapshot, profile), 3);
    console.log(`adversarial: ${name}: ${ms.toFixed(0)} ms`);
  }
}
