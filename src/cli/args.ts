import { FORMATS, isFormat } from "./format/names";
import type { Format } from "./format/names";
import type { FailOn } from "./format/model";
import { printable } from "./format/printable";

/** Processes that read and check files: a number, "auto" (by the number of files and cores) or "off" (none). */
export type Concurrency = number | "auto" | "off";

export interface Options {
  inputs: string[];
  profile: string;
  format: Format;
  output?: string;
  failOn: FailOn;
  concurrency: Concurrency;
  followSymlinks: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

const FAIL_ON: readonly FailOn[] = ["error", "warning", "never"];

export const USAGE = `Usage: rod-check [files | folders | globs] [options]

Checks Records of Decision (.docx, .txt, .md) against a council profile.
Folders are searched for .docx, .txt and .md files; quote globs such as "reports/**/*.docx".

Options:
  --profile <name | file.json>   council profile: a built-in name (kent, moderngov, wales) or a JSON file (default kent)
  --format <text | json | sarif | junit | csv>
                                 report format (default text)
  --output <file>                write the report to a file instead of the screen
  --fail-on <error | warning | never>
                                 lowest severity that makes the exit code 1 (default error)
  --concurrency <n | auto | off> threads reading files side by side, each file under a memory and
                                 time limit: a number, auto (by the number of files and cores; the
                                 default) or off (all in one thread, without the per-file limits)
  --follow-symlinks              follow symbolic links in a folder to files outside it
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage error or a file that
could not be read (every other file is still checked and reported).
`;

/** Options that take a value, by every spelling accepted. */
const VALUE_OPTIONS: Record<string, "profile" | "format" | "output" | "failOn" | "concurrency"> = {
  "--profile": "profile",
  "-p": "profile",
  "--format": "format",
  "-f": "format",
  "--output": "output",
  "-o": "output",
  "--fail-on": "failOn",
  "--concurrency": "concurrency",
};

/** Sixty-four processes is far past any gain on one machine; a larger number is a typing slip. */
const MAX_CONCURRENCY = 64;

function parseConcurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (/^\d{1,3}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_CONCURRENCY) return Number(value);
  throw new UsageError(`--concurrency must be a number from 1 to ${MAX_CONCURRENCY}, auto or off, not "${printable(value)}"`);
}

export function parseArgs(argv: string[]): Options {
  const options: Options = {
    inputs: [],
    profile: "kent",
    format: "text",
    failOn: "error",
    concurrency: "auto",
    followSymlinks: false,
    help: false,
    version: false,
  };
  let onlyInputs = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (onlyInputs || !argument.startsWith("-")) {
      options.inputs.push(argument);
      continue;
    }
    if (argument === "--") {
      onlyInputs = true;
      continue;
    }
    if (argument === "--help" || argument === "-h") {
      options.help = true;
      continue;
    }
    if (argument === "--version" || argument === "-v") {
      options.version = true;
      continue;
    }
    if (argument === "--follow-symlinks") {
      options.followSymlinks = true;
      continue;
    }
    const equals = argument.indexOf("=");
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    const key = Object.hasOwn(VALUE_OPTIONS, name) ? VALUE_OPTIONS[name] : undefined;
    if (!key) throw new UsageError(`unknown option ${printable(name)}`);
    let value: string | undefined;
    if (equals > 0) value = argument.slice(equals + 1);
    else {
      value = argv[index + 1];
      if (value === undefined || value.startsWith("-")) throw new UsageError(`${printable(name)} needs a value`);
      index++;
    }
    if (value === "") throw new UsageError(`${printable(name)} needs a value`);
    switch (key) {
      case "profile":
        options.profile = value;
        break;
      case "output":
        options.output = value;
        break;
      case "format":
        if (!isFormat(value)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${printable(value)}"`);
        options.format = value;
        break;
      case "failOn":
        if (!(FAIL_ON as readonly string[]).includes(value)) {
          throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, not "${printable(value)}"`);
        }
        options.failOn = value as FailOn;
        break;
      case "concurrency":
        options.concurrency = parseConcurrency(value);
        break;
    }
  }
  if (!options.help && !options.version && options.inputs.length === 0) {
    throw new UsageError("name at least one file, folder or glob to check");
  }
  return options;
}
