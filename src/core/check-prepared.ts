import { checkDocument } from "./check";
import type { CheckOptions } from "./check";
import { preparePatterns } from "./profile/profile-patterns";
import type { DocSnapshot } from "./document";
import type { Profile } from "./profile/schema";
import type { Report } from "./report";

/** checkDocument for a profile that may bring patterns of its own: loads the pattern engine first if they need it. */
export async function checkPrepared(snapshot: DocSnapshot, profile: Profile, options?: CheckOptions): Promise<Report> {
  await preparePatterns(profile);
  return checkDocument(snapshot, profile, options);
}
