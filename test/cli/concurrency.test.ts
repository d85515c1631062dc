import { join } from "node:path";
import { builtInProfiles } from "../../src/core";
import { CheckPool } from "../../src/cli/pool";
import { processCount } from "../../src/cli/main";

describe("processCount", () => {
  it.each([
    ["off never starts a process", "off", 300, 8, 0],
    ["nothing to read needs no process", "auto", 0, 2, 0],
    ["auto reads one file in this process: nothing else to protect from it", "auto", 1, 2, 0],
    ["auto isolates two files in one process", "auto", 2, 2, 1],
    ["auto keeps one process below the cut-over", "auto", 99, 2, 1],
    ["auto adds a second process at the cut-over", "auto", 100, 2, 2],
    ["auto never starts more processes than cores", "auto", 265, 2, 2],
    ["auto uses more cores for more files", "auto", 1000, 8, 8],
    ["auto starts one more process per 100 files on a large machine", "auto", 250, 16, 3],
    ["a number is taken as given", 3, 265, 2, 3],
    ["but never more processes than files", 8, 2, 2, 2],
  ] as const)("%s", (_name, concurrency, files, cores, expected) => {
    expect(processCount(concurrency, files, cores)).toBe(expected);
  });
});

describe("a checking process that cannot start", () => {
  it("costs the waiting files one line each, and is not started again and again", async () => {
    const pool = new CheckPool(join(__dirname, "no-such-script.js"), builtInProfiles.kent);
    try {
      const results = await Promise.all(["a.docx", "b.docx", "c.docx"].map((name) => pool.check(join(__dirname, name), name)));
      expect(results.map((result) => `${result.path} ${result.error}`)).toEqual([
        "a.docx could not be checked: the checking process stopped unexpectedly (exit code 1)",
        "b.docx could not be checked: the checking process stopped unexpectedly (exit code 1)",
        "c.docx could not be checked: the checking process stopped unexpectedly (exit code 1)",
      ]);
    } finally {
      pool.close();
    }
  });
});
