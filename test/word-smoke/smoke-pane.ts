/**
 * The smoke test's task pane: once Word is ready it runs the scenarios on the open document, lists the results
 * in the pane and sends them to the runner (test/word-smoke/run.mjs) on this computer.
 */
import { isSetSupported, officeApiFromGlobals, officeFromGlobals } from "../../src/word/office-api";
import { runScenarios, type ScenarioResult } from "./scenarios";

/** The runner's results server: this computer only. */
const RESULTS_URL = "https://localhost:4201/results";

function show(lines: string[]): void {
  const list = document.getElementById("results");
  if (!list) return;
  list.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }),
  );
}

async function report(body: { platform: string; wordApi: string; results: ScenarioResult[] } | { error: string }): Promise<void> {
  try {
    await fetch(RESULTS_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    show(["The results could not be sent to npm run test:word; they are listed here only."]);
  }
}

async function main(): Promise<void> {
  const office = officeFromGlobals();
  if (!office) return report({ error: "office.js did not load." });
  const info = await office.onReady();
  const api = officeApiFromGlobals();
  if (!api || info.host !== office.HostType.Word) return report({ error: `This is not Word (${String(info.host)}).` });
  const wordApi = ["1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3"].find((version) => isSetSupported(api, version)) ?? "below 1.3";
  show(["Running the smoke scenarios…"]);
  const results = await runScenarios(api, String(info.platform));
  show(results.map((result) => `${result.passed ? "PASS" : "FAIL"} ${result.name}${result.reason ? ` — ${result.reason}` : ""}`));
  await report({ platform: String(info.platform), wordApi, results });
}

void main();
