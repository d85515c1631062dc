import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");
const buildConfig = join(root, "tsconfig.build.json");
/**
 * Written after `npm run prepare` succeeds, dated when that build started: a source saved during the build is
 * newer, so the next run builds again. tsc writes its output even when it fails, so the output's own dates
 * cannot say whether a build finished.
 */
const stamp = join(root, "build", ".node-build");

/**
 * Everything under src/ (folders too, whose dates change when a file is added or removed) and the files that say how
 * it is built. The build compiles whatever src/core and src/cli import from elsewhere in src/, so all of src/ counts.
 */
function inputs(): string[] {
  const src = join(root, "src");
  const sources = readdirSync(src, { recursive: true, encoding: "utf8" }).map((name) => join(src, name));
  return [src, ...sources, buildConfig, join(root, "tsconfig.json"), join(root, "package.json")];
}

function upToDate(): boolean {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return inputs().every((file) => statSync(file).mtimeMs < built);
}

/**
 * Compiles the engine and the CLI into build/ with the package's own prepare script, once for every test that runs
 * the compiled bin, and only when a source file changed since the last build finished.
 */
export default function globalSetup(): void {
  if (upToDate()) return;
  const started = new Date();
  execFileSync("npm", ["run", "--silent", "prepare"], { cwd: root, stdio: "pipe" });
  writeFileSync(stamp, "");
  utimesSync(stamp, started, started);
}
