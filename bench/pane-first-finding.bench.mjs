// Pane open → first finding, in the workbench (the task pane beside the simulated Word, headless Chromium):
// the production workbench build, served from localhost, opened five times in a fresh browser context each time.
// Two figures from the same loads: the pane's first contentful paint, and the first finding in the pane's list,
// both counted from the start of the page's navigation. The check starts with the pane, so the gap between
// them is the read and the check, not a wait before painting.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { buildWorkbench, serveFolder } = require("../scripts/lib/workbench-server.cjs");

const LOADS = 5;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs in every frame before its scripts: notes when the first finding enters the page. */
function watchForFirstFinding() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector("li[data-rule-id]")) return;
    globalThis.firstFindingAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Milliseconds from the page's navigation start to the pane's first paint and to its first finding. */
async function openOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await context.route((target) => target.protocol !== "data:" && target.hostname !== "localhost", (route) => route.abort("internetdisconnected"));
    await context.addInitScript(watchForFirstFinding);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.frameLocator("#pane").locator("li[data-rule-id]").first().waitFor({ timeout: 60_000 });
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const frame = page.frames().find((candidate) => candidate.url().endsWith("/taskpane.html"));
    if (!frame) throw new Error("The task pane's frame is not loaded.");
    return await frame.evaluate(
      (origin) =>
        new Promise((resolve) => {
          const shift = performance.timeOrigin - origin;
          new PerformanceObserver((entries) => {
            const paint = entries.getEntriesByName("first-contentful-paint")[0];
            if (paint) resolve({ paint: paint.startTime + shift, finding: globalThis.firstFindingAt + shift });
          }).observe({ type: "paint", buffered: true });
        }),
      pageOrigin,
    );
  } finally {
    await context.close();
  }
}

export default async function firstFindingBench() {
  const output = mkdtempSync(join(tmpdir(), "rod-bench-workbench-"));
  try {
    await buildWorkbench({ outputPath: output, mode: "production" });
    const server = await serveFolder(output);
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
    try {
      await openOnce(browser, server.url);
      const loads = [];
      for (let load = 0; load < LOADS; load++) loads.push(await openOnce(browser, server.url));
      const paints = loads.map((load) => load.paint);
      const findings = loads.map((load) => load.finding);
      console.log(
        `workbench, page navigation → pane's first contentful paint: median ${median(paints).toFixed(0)} ms; → first finding in the pane: median ${median(findings).toFixed(0)} ms (${LOADS} loads; first finding fastest ${Math.min(...findings).toFixed(0)} ms, slowest ${Math.max(...findings).toFixed(0)} ms)`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await firstFindingBench();
