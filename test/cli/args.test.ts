import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it.each([
    [["records"], { inputs: ["records"], profile: "kent", format: "text", failOn: "error" }],
    [["a.docx", "b.md", "--format", "sarif"], { inputs: ["a.docx", "b.md"], format: "sarif" }],
    [["--format=junit", "a.docx"], { format: "junit" }],
    [["-f", "json", "-p", "moderngov", "-o", "out.json", "a.docx"], { format: "json", profile: "moderngov", output: "out.json" }],
    [["--profile", "councils/medway.json", "a.docx"], { profile: "councils/medway.json" }],
    [["--fail-on", "warning", "a.docx"], { failOn: "warning" }],
    [["--fail-on=never", "a.docx"], { failOn: "never" }],
    [["--", "--odd-name.docx"], { inputs: ["--odd-name.docx"] }],
    [["--help"], { help: true, inputs: [] }],
    [["-v"], { version: true }],
    [["a.docx"], { concurrency: "auto", followSymlinks: false }],
    [["--concurrency", "off", "a.docx"], { concurrency: "off" }],
    [["--concurrency=3", "a.docx"], { concurrency: 3 }],
    [["--follow-symlinks", "a.docx"], { followSymlinks: true }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [["--colour", "a.docx"], "unknown option --colour"],
    [["--format", "xml", "a.docx"], '--format must be one of text, json, sarif, junit, csv, not "xml"'],
    [["--fail-on", "info", "a.docx"], '--fail-on must be one of error, warning, never, not "info"'],
    [["a.docx", "--output"], "--output needs a value"],
    [["--profile", "--format", "json", "a.docx"], "--profile needs a value"],
    [["--format="], "--format needs a value"],
    [[], "name at least one file, folder or glob to check"],
    [["--concurrency", "0", "a.docx"], '--concurrency must be a number from 1 to 64, auto or off, not "0"'],
    [["--concurrency", "65", "a.docx"], '--concurrency must be a number from 1 to 64, auto or off, not "65"'],
    [["--concurrency", "two", "a.docx"], '--concurrency must be a number from 1 to 64, auto or off, not "two"'],
    [["--format", "\u001b[2J", "a.docx"], '--format must be one of text, json, sarif, junit, csv, not "\\x1b[2J"'],
    [["--toString", "a.docx"], "unknown option --toString"],
    [["--__proto__", "a.docx"], "unknown option --__proto__"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
