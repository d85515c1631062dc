import { readFileSync } from "node:fs";
import { join } from "node:path";
import kentJson from "../../../src/core/profile/builtin/kent.json";

export const SEEDS = join(__dirname, "..", "..", "..", "src", "workbench", "records");
export const FIXTURES = join(__dirname, "..", "fixtures");

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS, name), "utf8");
}

/** Kent's profile as an admin would start from it: plain JSON, changed by `edit`. */
export function kentWith(edit: (profile: Record<string, any>) => void = () => undefined): Record<string, any> {
  const profile = JSON.parse(JSON.stringify(kentJson)) as Record<string, any>;
  edit(profile);
  return profile;
}
