import { join } from "node:path";
import { builtInProfiles } from "../../src/core";
import { CheckPool } from "../../src/cli/pool";
import { mayNameSeveralFiles, threadCount } from "../../src/cli/main";

describe("threadCount", () => {
  it.each([
    ["off never starts a thread", "off", 300, 8, 0],
    ["nothing to read needs no thread", "auto", 0, 8, 0],
    ["auto reads one file in this thread", "auto", 1, 8, 0],
    ["auto reads two files in a checking thread, each under the per-file limits", "auto", 2, 8, 1],
    ["auto keeps a small run to one checking thread: more would cost more than they save", "auto", 15, 8, 1],
    ["auto starts a thread per core but one from the crossover", "auto", 16, 8, 7],
    ["auto keeps to one checking thread on two cores while two would finish no sooner", "auto", 511, 2, 1],
    ["auto takes both cores for a large run on two", "auto", 512, 2, 2],
    ["and a very large one", "auto", 2650, 2, 2],
    ["auto keeps to one checking thread on one core", "auto", 265, 1, 1],
    ["however large the run", "auto", 2650, 1, 1],
    ["auto uses a third core", "auto", 265, 3, 2],
    ["a number is taken as given, even on two cores", 3, 265, 2, 3],
    ["but never more threads than files", 8, 2, 2, 2],
  ] as const)("%s", (_name, concurrency, files, cores, expected) => {
    expect(threadCount(concurrency, files, cores)).toBe(expected);
  });
});

describe("mayNameSeveralFiles: whether a checking thread starts loading before the inputs are gathered", () => {
  it.each([
    ["one named record never needs a thread", ["minutes.docx"], false],
    ["nor one named text file, whatever the case of its extension", ["notes/ROD.MD"], false],
    ["a folder may hold many records", ["register"], true],
    ["so may a pattern", ["register/*.docx"], true],
    ["two named records are two files", ["a.docx", "b.txt"], true],
    ["a name rod-check would not read as a file is taken as a folder", ["decisions.2024"], true],
  ] as const)("%s", (_name, inputs, expected) => {
    expect(mayNameSeveralFiles([...inputs])).toBe(expected);
  });
});

describe("a checking thread that cannot start", () => {
  it("costs the waiting files one line each, and is not started again and again", async () => {
    const script = join(__dirname, "no-such-script.js");
    const pool = new CheckPool(script, { profile: builtInProfiles.kent, register: true });
    try {
      const results = await Promise.all(["a.docx", "b.docx", "c.docx"].map((name) => pool.check(join(__dirname, name), name)));
      expect(results.map((result) => `${result.path} ${result.error}`)).toEqual(
        ["a.docx", "b.docx", "c.docx"].map((name) => `${name} could not be checked: the checking thread stopped unexpectedly (Cannot find module '${script}')`),
      );
    } finally {
      pool.close();
    }
  });
});
