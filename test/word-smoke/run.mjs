#!/usr/bin/env node
// npm run test:word [-- web --document <URL of an empty document in OneDrive or SharePoint>]
//
// Runs ROD Author's key scenarios inside real Word: sideloads a small smoke-test add-in
// (test/word-smoke/manifest.xml, served from https://localhost:3001), which runs test/word-smoke/scenarios.ts on
// the open document and sends the results here (https://localhost:4201, this computer only); prints PASS or FAIL
// per scenario and exits non-zero when any failed. Needs Word on Windows or a Mac, or a document in Word on the
// web. Not part of `npm test`: no Word runs in CI.
import { spawnSync } from "node:child_process";
import { createServer } from "node:https";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { devServerHttpsOptions } = require("../../scripts/lib/dev-certs.cjs");
const { isWordInstalled } = require("../../scripts/lib/start-plan.cjs");

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const MANIFEST = join("test", "word-smoke", "manifest.xml");
const RESULTS_PORT = 4201;
const PANE_PORT = "3001";
const WAIT_MINUTES = 10;

const argv = process.argv.slice(2);
const platform = argv.includes("web") ? "web" : "desktop";

if (platform === "web" && !argv.includes("--document")) {
  console.error("Word on the web needs a document: npm run test:word -- web --document <URL of an empty document in OneDrive or SharePoint>");
  process.exit(2);
}
if (platform === "desktop" && !isWordInstalled()) {
  console.error(
    "Word is not installed on this computer, so the smoke test cannot run here. Run it on Windows or a Mac with Word, or against Word on the web:\n" +
      "  npm run test:word -- web --document <URL of an empty document in OneDrive or SharePoint>",
  );
  process.exit(2);
}

function debugging(args) {
  const packageJson = require.resolve("office-addin-debugging/package.json");
  const { bin } = require(packageJson);
  const cli = join(dirname(packageJson), typeof bin === "string" ? bin : bin["office-addin-debugging"]);
  return spawnSync(process.execPath, [cli, ...args], { cwd: repo, stdio: "inherit" });
}

/** Waits for the smoke pane's POST /results; answers its requests from any origin (the pane is on another port). */
async function receiveResults() {
  const { options } = await devServerHttpsOptions();
  let deliver;
  const received = new Promise((resolve) => (deliver = resolve));
  const server = createServer(options, (request, response) => {
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Allow-Headers", "Content-Type");
    if (request.method === "POST" && request.url === "/results") {
      let body = "";
      request.setEncoding("utf8");
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        response.end("received");
        try {
          deliver(JSON.parse(body));
        } catch {
          deliver({ error: "The smoke pane sent results that are not JSON." });
        }
      });
      return;
    }
    response.end();
  });
  await new Promise((resolve) => server.listen(RESULTS_PORT, "localhost", resolve));
  const timeout = new Promise((resolve) =>
    setTimeout(() => resolve({ error: `No results within ${WAIT_MINUTES} minutes. Is the "ROD Author smoke test" pane open in Word?` }), WAIT_MINUTES * 60_000),
  );
  const results = await Promise.race([received, timeout]);
  server.close();
  return results;
}

const results = receiveResults();
const devServer = `"${process.execPath}" "${require.resolve("webpack-cli/bin/cli.js")}" serve --config test/word-smoke/webpack.smoke.config.js`;
const started = debugging([
  "start",
  MANIFEST,
  platform,
  ...argv.filter((arg) => arg !== "web"),
  ...(platform === "desktop" ? ["--app", "word"] : []),
  ...["--dev-server", devServer, "--dev-server-port", PANE_PORT, "--no-debug", "--no-live-reload"],
]);
if (started.status !== 0) {
  console.error("Could not sideload the smoke test into Word (see above).");
  process.exit(1);
}

console.log(`\nWaiting for Word to run the scenarios (open the "ROD Author smoke test" pane if Word did not)…\n`);
const outcome = await results;
debugging(["stop", MANIFEST, platform]);

if (outcome.error) {
  console.error(`FAILED: ${outcome.error}`);
  process.exit(1);
}
console.log(`Word ${outcome.platform}, WordApi ${outcome.wordApi}\n`);
for (const result of outcome.results) console.log(`${result.passed ? "PASS" : "FAIL"}  ${result.name}${result.reason ? `\n      ${result.reason}` : ""}`);
const failed = outcome.results.filter((result) => !result.passed).length;
console.log(`\n${outcome.results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
