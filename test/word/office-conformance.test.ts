import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderApiSetsModule, wordApiSets } from "../support/office-types/api-sets";

const GENERATED = join(__dirname, "..", "support", "fake-word", "api-sets.generated.ts");

describe("the Word fake's requirement-set gates", () => {
  it("come from the [Api set: …] tags of @types/office-js", () => {
    const expected = renderApiSetsModule(wordApiSets());
    if (process.env.UPDATE_API_SETS === "1") writeFileSync(GENERATED, expected);
    expect(readFileSync(GENERATED, "utf8")).toBe(expected);
  });
});
