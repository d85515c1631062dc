import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbench } from "../../../scripts/lib/workbench-server.cjs";
import { BUILD_DIR_VARIABLE } from "./build-dir";

/** One development build of the workbench for all browser tests, in a folder of its own. */
export default async function globalSetup(): Promise<void> {
  const outputPath = mkdtempSync(join(tmpdir(), "rod-workbench-e2e-"));
  await buildWorkbench({ outputPath });
  // Test workers start after this and inherit the environment.
  process.env[BUILD_DIR_VARIABLE] = outputPath;
}
