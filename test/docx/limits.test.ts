import { count } from "../../src/docx/limits";

describe("numbers in the reader's messages", () => {
  it.each([
    [999, "999"],
    [1_000, "1,000"],
    [32_767, "32,767"],
    [-32_767, "-32,767"],
    [500_000, "500,000"],
    [64_000_000, "64,000,000"],
  ])("%d is written %s", (value, written) => {
    expect(count(value)).toBe(written);
  });
});
