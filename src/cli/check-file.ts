import { checkPrepared } from "../core/check-prepared";
import type { Profile } from "../core/profile/schema";
import type { FileResult } from "./format/model";
import { isInputError, readDocument } from "./readers";

/** What every file of a run is checked with. */
export interface CheckSettings {
  profile: Profile;
  /** Whether the report shows the register's fields (JSON, CSV): reports that do not are spared extracting them. */
  register: boolean;
}

/** Reads and checks one file; a file that cannot be read becomes its one-line error, never a throw. */
export async function checkFile(file: string, path: string, { profile, register }: CheckSettings): Promise<FileResult> {
  const paragraphs = new Map<number, string>();
  try {
    const snapshot = await readDocument(file);
    const report = await checkPrepared(snapshot, profile, { record: register });
    for (const finding of report.findings) {
      const block = finding.location?.block;
      if (block !== undefined) paragraphs.set(block, snapshot.blocks[block]?.text ?? "");
    }
    return { path, paragraphs, report };
  } catch (error) {
    if (isInputError(error)) return { path, paragraphs, error: error.message };
    return { path, paragraphs, error: `could not be checked: ${(error as Error).message ?? String(error)}` };
  }
}
