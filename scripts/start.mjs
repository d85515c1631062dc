#!/usr/bin/env node
// npm start [-- desktop|web --document <url> ...]: sideload into Word where it can, otherwise serve the
// workbench. The decision is in scripts/lib/start-plan.cjs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { planStart, isWordInstalled } = require("./lib/start-plan.cjs");
const { runPackageBin, runNpmScript } = require("./lib/run-tool.cjs");

const scripts = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts ?? {};
const plan = planStart({ argv: process.argv.slice(2), wordInstalled: isWordInstalled(), scripts });

console.log(`\n${plan.message}\n`);
if (plan.kind === "sideload") {
  runPackageBin(plan.command, plan.args);
} else if (plan.kind === "workbench") {
  runNpmScript("workbench");
} else {
  process.exitCode = 1;
}
