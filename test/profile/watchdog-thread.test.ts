/**
 * The pane's real check worker, run in a Node worker thread behind the same watchdog as in the pane: it gives the
 * same reports as a check in this thread; a check that runs past the limit is stopped; and profile patterns,
 * including one that would backtrack catastrophically in JavaScript, get through 1 MB of text made to be as hard
 * as possible for them without being stopped, as they run on a linear-time engine.
 */
import { builtInProfiles, checkDocument, snapshotFromText } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Profile } from "../../src/core/profile/schema";
import { CheckStoppedError } from "../../src/taskpane/checker";
import { createWatchdogChecker } from "../../src/taskpane/worker/watchdog-checker";
import { readSeed } from "./support/profiles";
import { nodeCheckWorkers } from "./support/node-check-worker";

jest.setTimeout(60_000);

const workers = nodeCheckWorkers();
afterAll(() => workers.endAll());

/** One paragraph of about 1 MB under the decision heading, so every rule reads it. */
function recordWith(paragraph: string): DocSnapshot {
  return snapshotFromText(readSeed("kent-send-strategy-2021.txt").replace(/^(Decision:.*)$/m, `$1\n${paragraph}`));
}

const MEGABYTE = 1_000_000;

describe("the check worker in a real thread", () => {
  // A generous limit: this measures that the check finishes, not how fast.
  const check = createWatchdogChecker({ createWorker: workers.createWorker, limitMs: 20_000 });

  it.each([
    ["kent-send-strategy-2021.txt", "kent"],
    ["kent-stls-redesign-2022.md", "kent"],
    ["kent-stls-redesign-2022.md", "moderngov"],
  ])("gives the same report as a check in this thread (%s, %s)", async (seed, profileId) => {
    const snapshot = snapshotFromText(readSeed(seed));
    const profile = builtInProfiles[profileId];
    expect(await check(snapshot, profile)).toEqual(checkDocument(snapshot, profile));
  });

  it.each([
    ["“\\bX{3,}\\b” on a megabyte of x's ending in a word character", "\\bX{3,}\\b", "x".repeat(MEGABYTE) + "_"],
    ["“^Option \\d{1,2}\\s*[-–:]\\s*$” on a megabyte of spaces", "^Option \\d{1,2}\\s*[-–:]\\s*$", `Option 1${" ".repeat(MEGABYTE)}x`],
    ["“\\[[^\\[\\]]*\\]” on a megabyte of opening brackets", "\\[[^\\[\\]]*\\]", "[".repeat(MEGABYTE)],
    ["“(a+)+$” on a megabyte of a's and a full stop", "(a+)+$", "a".repeat(MEGABYTE) + "."],
  ])("runs a profile pattern to the end: %s", async (_case, pattern, paragraph) => {
    const profile: Profile = { ...builtInProfiles.kent, placeholders: { phrases: [], patterns: [pattern] } };
    const snapshot = recordWith(paragraph);
    await expect(check(snapshot, profile)).resolves.toMatchObject({ findings: expect.any(Array) });
  });
});

describe("a check that runs past the limit in a real thread", () => {
  it("is stopped by the watchdog, its thread ended, and the next check runs in a fresh thread", async () => {
    const check = createWatchdogChecker({ createWorker: workers.createWorker, limitMs: 200 });
    const before = workers.created.length;

    // A paragraph of 20 MB takes a check about half a second at best, well past a limit of 0.2 seconds.
    await expect(check(recordWith("a".repeat(20 * MEGABYTE) + "!"), builtInProfiles.kent)).rejects.toEqual(new CheckStoppedError(200));
    const stopped = workers.created[before];
    await expect(stopped.exited).resolves.toBe(1);

    const snapshot = snapshotFromText(readSeed("kent-stls-redesign-2022.md"));
    expect(await check(snapshot, builtInProfiles.kent)).toEqual(checkDocument(snapshot, builtInProfiles.kent));
    expect(workers.created.length).toBe(before + 2);
  });
});
