#!/usr/bin/env node
// npm stop [-- web]: ends what npm start sideloaded (office-addin-debugging stop), where it could have.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { planStop, isWordInstalled } = require("./lib/start-plan.cjs");
const { runPackageBin } = require("./lib/run-tool.cjs");

const plan = planStop({ argv: process.argv.slice(2), wordInstalled: isWordInstalled() });
if (plan.kind === "sideload") {
  runPackageBin(plan.command, plan.args);
} else {
  console.log(plan.message);
}
