/**
 * The pattern engine (re2js, 44 KB gzip in the pane) is loaded only for a profile that brings patterns of its own:
 * the built-in profiles' patterns run on RegExp, so checking with them never downloads it.
 */
import { builtInProfiles, checkDocument, checkPrepared, snapshotFromText } from "../../src/core";
import type { Profile } from "../../src/core/profile/schema";
import { kentRecord } from "../support/records";

const loads = jest.fn();
jest.mock("re2js", () => {
  loads();
  return jest.requireActual("re2js");
});

const record = snapshotFromText(kentRecord({ decision: ["## Decision:", "I agree to the plan, funded from TBD."] }));
const withPattern = (pattern: string): Profile => ({ ...builtInProfiles.kent, placeholders: { ...builtInProfiles.kent.placeholders, patterns: [pattern] } });

it("is not loaded for a check with each built-in profile", async () => {
  for (const profile of Object.values(builtInProfiles)) await checkPrepared(record, profile);
  expect(loads).not.toHaveBeenCalled();
});

it("is needed for a profile's own pattern, and a check that did not load it says so", () => {
  expect(() => checkDocument(record, withPattern("\\bTBD\\b"))).toThrow("which has not been loaded (preparePatterns)");
});

it("is loaded once for a profile with a pattern of its own, which then finds its placeholder", async () => {
  const findings = (await checkPrepared(record, withPattern("\\bTBD\\b"))).findings;
  expect(findings.map((finding) => finding.message)).toContain("“TBD” looks like an unfilled placeholder. Fill it in or remove it.");
  await checkPrepared(record, withPattern("\\bTBA\\b"));
  expect(loads).toHaveBeenCalledTimes(1);
});
