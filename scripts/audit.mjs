// Supply-chain check for CI: no high or critical advisory in the dependencies that ship in dist/.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { auditVerdict } = require("./lib/audit-verdict.cjs");

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", shell: process.platform === "win32" });
const verdict = auditVerdict(run.stdout);
console.log(verdict.message);
if (verdict.status === "unavailable") {
  console.log("Nothing was checked: run npm audit --omit=dev where the registry's advisory service can be reached.");
}
process.exit(verdict.status === "fail" ? 1 : 0);
