// Live check on a 5,000-paragraph record in the simulated Word: what one re-check after one edit reads, before
// (every paragraph, as each re-check did) and after (only the paragraphs Word's events name), side by side.
// The Word layer and the simulated Word are compiled from TypeScript into a temporary folder for this run.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { syntheticRod } from "./engine.bench.mjs";

const require = createRequire(import.meta.url);
const ts = require("typescript");
const { checkDocument, snapshotFromText, defaultProfile } = require("../build/core/index.js");

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const PARAGRAPHS = 5_000;
const RUNS = 9;

/** Compiles each .ts file of the given folders to CommonJS, keeping the layout so relative imports resolve. */
function compile(folders) {
  const out = mkdtempSync(join(tmpdir(), "rod-live-bench-"));
  for (const folder of folders) {
    mkdirSync(join(out, folder), { recursive: true });
    for (const name of readdirSync(join(repo, folder)).filter((file) => file.endsWith(".ts"))) {
      const source = readFileSync(join(repo, folder, name), "utf8");
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(out, folder, name.replace(/\.ts$/, ".js")), outputText);
    }
  }
  return out;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export default async function run() {
  const out = compile(["src/word", "src/fake-word"]);
  try {
    const fakeWord = require(join(out, "src/fake-word/index.js"));
    const { IncrementalReader } = require(join(out, "src/word/incremental-read.js"));
    const { readDocument } = require(join(out, "src/word/read-snapshot.js"));
    const { watchDocumentChanges } = require(join(out, "src/word/change-events.js"));
    const { OwnEdits } = require(join(out, "src/word/own-edits.js"));

    const blocks = snapshotFromText(syntheticRod(PARAGRAPHS)).blocks;
    const fake = fakeWord.createFakeOffice({ content: fakeWord.contentFromBlocks(blocks) });
    const reader = new IncrementalReader();
    watchDocumentChanges({ Word: fake.Word, Office: fake.Office }, () => undefined, {
      paragraphEvents: true,
      sink: reader,
      ownEdits: new OwnEdits(0),
      debounceMs: 0,
      focusSource: undefined,
    });
    const features = { reviewedText: true };
    await flush();
    await fake.Word.run((context) => reader.read(context, features));
    const middle = Math.floor(fake.document.paragraphs().length / 2);

    /** One edit, then one re-check both ways; returns the cost and time of each, and whether they agree. */
    async function recheck(edit) {
      edit();
      await flush();
      fake.document.resetSyncCount();
      let start = performance.now();
      const full = await fake.Word.run((context) => readDocument(context, features));
      const fullMs = performance.now() - start;
      const fullSyncs = fake.document.syncCount;
      fake.document.resetSyncCount();
      start = performance.now();
      const live = await fake.Word.run((context) => reader.read(context, features));
      const liveMs = performance.now() - start;
      const same = JSON.stringify(checkDocument(live.snapshot, defaultProfile).findings) === JSON.stringify(checkDocument(full.snapshot, defaultProfile).findings);
      return { full: { read: full.maps.length, syncs: fullSyncs, ms: fullMs }, live: { ...reader.lastCost, syncs: fake.document.syncCount, ms: liveMs }, same };
    }

    const cases = [
      ["typing in one paragraph", () => fake.document.typeText(middle, " The budget is £3m per annum.")],
      ["Enter in a paragraph (split)", () => fake.document.splitParagraph(middle, 10)],
      ["deleting a paragraph", () => fake.document.deleteParagraph(middle + 1)],
    ];
    console.log(`${PARAGRAPHS.toLocaleString("en-GB")}-paragraph record, one edit then one re-check (median of ${RUNS}; simulated Word, in-process, so times exclude Word's round trip)`);
    console.log("edit | before: paragraphs read | syncs | ms | after: paragraphs read | ids listed | syncs | ms | findings equal");
    for (const [name, edit] of cases) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await recheck(edit));
      const last = results[results.length - 1];
      console.log(
        [
          name,
          last.full.read,
          last.full.syncs,
          median(results.map((result) => result.full.ms)).toFixed(1),
          last.live.paragraphsRead,
          last.live.idsListed,
          last.live.syncs,
          median(results.map((result) => result.live.ms)).toFixed(1),
          results.every((result) => result.same) ? "yes" : "NO",
        ].join(" | "),
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
