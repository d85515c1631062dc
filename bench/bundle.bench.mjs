// Size of the task pane as Word downloads it: the initial JS (raw and gzip) against its budget, every chunk,
// and how long offline validation of the production manifest takes. Measures dist/ when it holds a
// production build; otherwise makes one in a temporary folder (and prints how long that took).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { INITIAL_PANE_GZIP_BUDGET, paneBundleReport } = require("../scripts/lib/bundle-size.cjs");

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function isProductionBuild(dist) {
  const page = join(dist, "taskpane.html");
  return existsSync(page) && /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, "utf8"));
}

function buildInto(outputPath) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(repo, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", outputPath], {
    cwd: repo,
    env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? "https://rod.example.gov.uk/" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The production build failed:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - started;
}

export default async function bundleBench() {
  let dist = join(repo, "dist");
  let temporary;
  if (!isProductionBuild(dist)) {
    temporary = mkdtempSync(join(tmpdir(), "rod-bench-dist-"));
    dist = temporary;
    console.log(`production build (npm run build): ${(buildInto(dist) / 1000).toFixed(1)} s wall`);
  }
  try {
    const { initial, chunks } = paneBundleReport(dist);
    const verdict = initial.gzip <= INITIAL_PANE_GZIP_BUDGET ? "within" : "OVER";
    console.log(`task pane initial JS: ${kb(initial.raw)} raw, ${kb(initial.gzip)} gzip (${verdict} the ${kb(INITIAL_PANE_GZIP_BUDGET)} budget)`);
    for (const entry of initial.files) console.log(`  initial  ${entry.file.padEnd(34)} ${kb(entry.raw).padStart(10)} ${kb(entry.gzip).padStart(10)} gzip`);
    console.log("all chunks:");
    for (const entry of chunks) console.log(`  ${entry.file.padEnd(43)} ${kb(entry.raw).padStart(10)} ${kb(entry.gzip).padStart(10)} gzip`);

    const { validateManifest } = await import("../scripts/validate-manifest.mjs");
    const first = validateManifest(join(dist, "manifest.xml"));
    const again = validateManifest(join(dist, "manifest.xml"));
    const verdictManifest = first.errors.length === 0 ? "valid" : `${first.errors.length} problems`;
    console.log(`manifest validation (offline): ${verdictManifest}; ${first.ms.toFixed(0)} ms first (schema compile included), ${again.ms.toFixed(1)} ms again`);
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundleBench();
