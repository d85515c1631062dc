/** Where global-setup.ts put the workbench build for the browser tests. */
export const BUILD_DIR_VARIABLE = "ROD_WORKBENCH_E2E_BUILD";

export function workbenchBuildDir(): string {
  const folder = process.env[BUILD_DIR_VARIABLE];
  if (!folder) throw new Error(`${BUILD_DIR_VARIABLE} is not set: run the browser tests through jest, whose global setup builds the workbench.`);
  return folder;
}
