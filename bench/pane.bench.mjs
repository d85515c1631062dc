// The task pane's first contentful paint in headless Chromium: the production pane (dist/ when it holds a
// production build, otherwise one made in a temporary folder), served from localhost, loaded ten times with a
// cold cache each time; the median is the figure. office.js is answered from the @microsoft/office-js package
// (the file Microsoft's CDN serves), so its parse counts but no network does; any other request outside
// localhost is refused. The gzip size of the pane's initial JS is printed by bundle.bench.mjs.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { serveFolder } = require("../scripts/lib/workbench-server.cjs");
const { OFFICE_JS_URL } = require("../scripts/lib/csp.cjs");

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOADS = 10;
const OFFICE_JS_DIR = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const OFFICE_JS_BASE = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function isProductionBuild(dist) {
  const page = join(dist, "taskpane.html");
  return existsSync(page) && /taskpane\.[0-9a-f]{8}\.js/.test(readFileSync(page, "utf8"));
}

function buildProductionInto(outputPath) {
  const run = spawnSync(process.execPath, [join(repo, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", outputPath], {
    cwd: repo,
    env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL ?? "https://rod.example.gov.uk/" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The production build failed:\n${run.stdout}\n${run.stderr}`);
}

/** Answers office.js and the scripts it loads from the package; refuses everything else off this computer. */
async function routeOffline(context) {
  await context.route(
    (url) => url.protocol !== "data:" && url.hostname !== "localhost",
    async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_JS_BASE)) {
        const file = normalize(join(OFFICE_JS_DIR, url.slice(OFFICE_JS_BASE.length).split("?")[0]));
        if (file.startsWith(OFFICE_JS_DIR + sep) && existsSync(file)) {
          return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
        }
      }
      return route.abort("internetdisconnected");
    },
  );
}

async function firstContentfulPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    await routeOffline(context);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((entries) => {
            const paint = entries.getEntriesByName("first-contentful-paint")[0];
            if (paint) resolve(paint.startTime);
          }).observe({ type: "paint", buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export default async function paneBench() {
  let dist = join(repo, "dist");
  let temporary;
  if (!isProductionBuild(dist)) {
    temporary = mkdtempSync(join(tmpdir(), "rod-bench-pane-"));
    dist = temporary;
    buildProductionInto(dist);
  }
  const server = await serveFolder(dist);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  try {
    const url = `${server.url}taskpane.html`;
    // One load first, so the figures measure the pane rather than Chromium warming up.
    await firstContentfulPaint(browser, url);
    const times = [];
    for (let load = 0; load < LOADS; load++) times.push(await firstContentfulPaint(browser, url));
    console.log(
      `task pane first contentful paint (production build, headless Chromium, cold cache, office.js local): median ${median(times).toFixed(0)} ms of ${LOADS} loads (fastest ${Math.min(...times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await paneBench();
