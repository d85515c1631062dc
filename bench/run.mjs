// Runs every bench/*.bench.mjs in turn; each prints its own figures.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.mjs"))
  .filter((name) => only.length === 0 || only.some((word) => name.includes(word)))
  .sort();

for (const name of files) {
  console.log(`\n## ${name.replace(".bench.mjs", "")}`);
  const bench = await import(pathToFileURL(join(here, name)).href);
  await bench.default();
}
