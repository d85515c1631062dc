import { rmSync } from "node:fs";
import { BUILD_DIR_VARIABLE } from "./build-dir";

export default function globalTeardown(): void {
  const folder = process.env[BUILD_DIR_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
}
