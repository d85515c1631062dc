/** A fix is confirmed by a fresh check; the host runs that check with the checker it is given (the pane's worker). */
import { checkDocument, defaultProfile } from "../../src/core";
import type { DocSnapshot } from "../../src/core/document";
import type { Profile } from "../../src/core/profile/schema";
import { CheckStoppedError } from "../../src/taskpane/checker";
import { fakeWith, hostOn, seedSnapshot } from "./helpers";

function keyDecisionFinding() {
  const snapshot = seedSnapshot("kent-stls-redesign-2022.md");
  const finding = checkDocument(snapshot).findings.find((candidate) => candidate.ruleId === "key-decision-answer")!;
  return { snapshot, finding };
}

describe("the check that confirms a fix", () => {
  it("runs with the host's checker, on the document as it is now", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const seen: { snapshot: DocSnapshot; profile: Profile }[] = [];
    const host = hostOn(fakeWith(snapshot), {
      checker: async (current, profile) => {
        seen.push({ snapshot: current, profile });
        return checkDocument(current, profile);
      },
    });
    expect(await host.applyFix(finding, defaultProfile)).toMatchObject({ applied: true });
    expect(seen).toHaveLength(1);
    expect(seen[0].profile).toBe(defaultProfile);
    expect(seen[0].snapshot.blocks.map((block) => block.text)).toEqual(snapshot.blocks.map((block) => block.text));
  });

  it.each([
    ["is stopped by the watchdog", new CheckStoppedError(1000), /^The check took too long and was stopped after 1 second\. Your document has not been changed\./],
    ["fails", new Error("The checker stopped unexpectedly."), /^The checker stopped unexpectedly\.$/],
  ])("refuses the fix, changing nothing, when that check %s", async (_case, error, reason) => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    const before = fake.document.texts();
    const host = hostOn(fake, { checker: () => Promise.reject(error) });
    expect(await host.applyFix(finding, defaultProfile)).toEqual({ applied: false, reason: expect.stringMatching(reason) });
    expect(fake.document.texts()).toEqual(before);
  });

  it("is refused when the host's checker no longer proposes the same fix", async () => {
    const { snapshot, finding } = keyDecisionFinding();
    const fake = fakeWith(snapshot);
    const host = hostOn(fake, { checker: async (current, profile) => ({ ...checkDocument(current, profile), findings: [] }) });
    expect(await host.applyFix(finding, defaultProfile)).toMatchObject({ applied: false, reason: expect.stringContaining("Check again") });
    expect(fake.document.texts()[finding.location!.block]).toBe(snapshot.blocks[finding.location!.block].text);
  });
});
