/** The real-Word smoke suite's scenarios (test/word-smoke), run on the simulated Word, so the suite itself works. */
import { runScenarios, SCENARIOS } from "../word-smoke/scenarios";
import { createFakeOffice } from "../../src/fake-word";

describe("the real-Word smoke scenarios on the simulated Word", () => {
  it.each(["PC", "Mac", "OfficeOnline"])("all pass in one document, one after another, on %s", async (platform) => {
    const fake = createFakeOffice({ platform, content: [{ text: "An officer's earlier draft." }] });
    const results = await runScenarios({ Word: fake.Word, Office: fake.Office }, platform);
    expect(results).toEqual(SCENARIOS.map((scenario) => ({ name: scenario.name, passed: true })));
  });

  it("reports a scenario that fails, with its reason, and still runs the rest", async () => {
    const fake = createFakeOffice({ platform: "PC", insertCommentFails: true });
    const results = await runScenarios({ Word: fake.Word, Office: fake.Office }, "PC");
    expect(results).toHaveLength(SCENARIOS.length);
    const failed = results.filter((result) => !result.passed);
    expect(failed.map((result) => result.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Check a record with a comment/), expect.stringMatching(/^Mark the findings/)]));
    for (const result of failed) expect(result.reason).toMatch(/\S/);
    expect(results.find((result) => result.name.startsWith("Insert template"))).toEqual(expect.objectContaining({ passed: true }));
  });
});
