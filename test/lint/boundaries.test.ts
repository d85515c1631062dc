import { execFileSync } from "node:child_process";
import { join } from "node:path";

/**
 * The design's boundaries (eslint/boundaries.mjs) as the repo's own lint sees them: for each boundary, an import
 * that crosses it is reported with the rule of the design, and an import the design allows passes.
 */

interface Reported {
  ruleId: string;
  message: string;
}

const ROOT = join(__dirname, "..", "..");

const CORE_NO_UI = "src/core must stay free of UI and Office.js.";
const CORE_NO_NODE = "src/core must stay free of Node APIs.";
const CORE_ALONE = "src/core imports nothing of ours outside src/core";
const WORD = "src/word is the Office.js layer under the pane: it never imports the pane, the ribbon commands, rod-check or the .docx reader.";
const WORD_NO_UI = "src/word has no UI";
const PANE_PORT = "The pane reaches Word only through the DocumentHost port (src/word/document-host.ts, types)";
const PANE = "src/taskpane never imports rod-check, the ribbon commands or the .docx reader";
const PANE_OFFICE = "Office.js is used only in src/word; the pane talks to the DocumentHost port.";
const COMMANDS = "src/commands holds the ribbon's handlers";
const CLI = "src/cli is rod-check for Node: it never imports the Word layer, the pane or the ribbon commands";
const CLI_NO_UI = "src/cli is rod-check for Node: no React, Fluent UI or Office.js.";
const DEV_TOOLS = "Shipped code never imports src/workbench or src/fake-word";
const DOCX = "src/docx, the .docx reader for rod-check and the workbench, imports only src/core";
const DOCX_NO_UI = "src/docx, the .docx reader, has no UI and no Office.js.";
const DOCX_NODE = "Only src/docx/node/ may use Node APIs";
const DOCX_BROWSER = "src/docx/browser/ runs in the browser: it never imports src/docx/node/.";
const WORKBENCH = "The workbench runs in the browser: it opens a .docx through src/docx/browser, never src/docx/node.";
const FAKE_WORD = "src/fake-word stands for Word itself";
const NO_TEST = "Nothing under src/ imports test/";
const PORT_TYPES = "The DocumentHost port is types only";
const REQUIREMENTS = "src/word/requirements.ts is plain constants the pane may read: it imports nothing.";
const OFFICE_GLOBAL = "Office.js is used only in src/word; talk to the DocumentHost port (src/word/document-host.ts) instead.";

const IMPORTS = "no-restricted-imports";
const SYNTAX = "no-restricted-syntax";
const GLOBALS = "no-restricted-globals";

/** [file, code, the rule that reports it, the design's words in its message] */
const crossing: [string, string, string, string][] = [
  ["src/core/x.ts", 'import { useState } from "react";', IMPORTS, CORE_NO_UI],
  ["src/core/x.ts", 'import { readFileSync } from "node:fs";', IMPORTS, CORE_NO_NODE],
  ["src/core/rules/x.ts", 'import type { DocumentHost } from "../../word/document-host";', IMPORTS, CORE_ALONE],
  ["src/core/x.ts", 'import { readDocx } from "../docx/read";', IMPORTS, CORE_ALONE],
  ["src/core/x.ts", "const host = window.location;", GLOBALS, "Unexpected use of 'window'"],
  ["src/word/x.ts", 'import { Pane } from "../taskpane/components/Pane";', IMPORTS, WORD],
  ["src/word/x.ts", 'import { main } from "../cli/main";', IMPORTS, WORD],
  ["src/word/x.ts", 'import { registerCommands } from "../commands/commands";', IMPORTS, WORD],
  ["src/word/x.ts", 'import { createFakeOffice } from "../fake-word";', IMPORTS, DEV_TOOLS],
  ["src/word/x.ts", 'import { useState } from "react";', IMPORTS, WORD_NO_UI],
  ["src/taskpane/hooks/x.ts", 'import { connectToWord } from "../../word/bootstrap";', IMPORTS, PANE_PORT],
  ["src/taskpane/App.tsx", 'import type { OfficeDocumentHost } from "../word/office-document-host";', IMPORTS, PANE_PORT],
  ["src/taskpane/x.ts", 'import * as word from "../word";', IMPORTS, PANE_PORT],
  ["src/taskpane/x.ts", 'import { main } from "../cli/main";', IMPORTS, PANE],
  ["src/taskpane/x.ts", 'import "@microsoft/office-js";', IMPORTS, PANE_OFFICE],
  ["src/taskpane/x.ts", "Word.run(async () => undefined);", GLOBALS, OFFICE_GLOBAL],
  ["src/taskpane/components/x.tsx", 'import { bridge } from "../../workbench/bridge";', IMPORTS, DEV_TOOLS],
  ["src/taskpane/index.tsx", 'import { createFakeOffice } from "../fake-word";', IMPORTS, DEV_TOOLS],
  ["src/taskpane/x.ts", 'const view = import("../workbench/document-view");', SYNTAX, DEV_TOOLS],
  ["src/commands/x.ts", 'import { App } from "../taskpane/App";', IMPORTS, COMMANDS],
  ["src/cli/x.ts", 'import type { ConnectResult } from "../word/document-host";', IMPORTS, CLI],
  ["src/cli/format/x.ts", 'import { Pane } from "../../taskpane/components/Pane";', IMPORTS, CLI],
  ["src/cli/x.ts", 'import { registerRibbonCommands } from "../commands/commands";', IMPORTS, CLI],
  ["src/cli/x.ts", 'import { createRoot } from "react-dom/client";', IMPORTS, CLI_NO_UI],
  ["src/cli/x.ts", 'export { documents } from "../workbench/documents";', IMPORTS, DEV_TOOLS],
  ["src/cli/x.ts", 'const word = import("../word/bootstrap");', SYNTAX, CLI],
  ["src/docx/read.ts", 'import { main } from "../cli/main";', IMPORTS, DOCX],
  ["src/docx/read.ts", 'import { readDocument } from "../word/read-snapshot";', IMPORTS, DOCX],
  ["src/docx/read.ts", 'import { useState } from "react";', IMPORTS, DOCX_NO_UI],
  ["src/docx/read.ts", 'import { inflateRawSync } from "node:zlib";', IMPORTS, DOCX_NODE],
  ["src/docx/read.ts", 'import yauzl from "yauzl";', IMPORTS, DOCX_NODE],
  ["src/docx/browser/zip.ts", 'import { StringDecoder } from "string_decoder";', IMPORTS, DOCX_NODE],
  ["src/docx/browser/zip.ts", 'import { openZip } from "../node/zip";', IMPORTS, DOCX_BROWSER],
  ["src/docx/node/zip.ts", 'import { documents } from "../../workbench/documents";', IMPORTS, DEV_TOOLS],
  ["src/workbench/x.ts", 'import { openZip } from "../docx/node/zip";', IMPORTS, WORKBENCH],
  ["src/fake-word/x.ts", 'import { OfficeDocumentHost } from "../word/office-document-host";', IMPORTS, FAKE_WORD],
  ["src/fake-word/x.ts", 'import { documents } from "../workbench/documents";', IMPORTS, FAKE_WORD],
  ["src/fake-word/x.ts", "const office = Office.context;", GLOBALS, OFFICE_GLOBAL],
  ["src/workbench/x.ts", 'import { CLEAN_KENT } from "../../test/support/records";', IMPORTS, NO_TEST],
  ["src/taskpane/components/x.tsx", 'import type { FakeDocumentHost } from "../../../test/taskpane/support/fake-host";', IMPORTS, NO_TEST],
  ["src/fake-word/x.ts", 'export * from "../../test/support/records";', IMPORTS, NO_TEST],
  ["src/x.ts", 'import "../test";', IMPORTS, NO_TEST],
  ["src/reports/x.ts", 'import { CLEAN_KENT } from "./../../test/support/records";', IMPORTS, NO_TEST],
  ["src/workbench/x.ts", 'const records = import("../../test/support/records");', SYNTAX, NO_TEST],
  ["src/word/document-host.ts", "export const LIMIT = 1;", SYNTAX, PORT_TYPES],
  ["src/word/document-host.ts", 'import { checkDocument } from "../core/check";', SYNTAX, PORT_TYPES],
  ["src/word/requirements.ts", 'import { builtInProfiles } from "../core";', IMPORTS, REQUIREMENTS],
];

/** [file, code]: imports the design allows. */
const allowed: [string, string][] = [
  ["src/core/rules/x.ts", 'import type { Profile } from "../profile/schema";'],
  ["src/word/x.ts", 'import { checkDocument } from "../core/check";'],
  ["src/word/x.ts", "Word.run(async () => undefined);"],
  ["src/taskpane/hooks/x.ts", 'import type { DocumentHost } from "../../word/document-host";'],
  ["src/taskpane/components/x.tsx", 'import { MINIMUM_WORD } from "../../word/requirements";'],
  ["src/taskpane/index.tsx", 'import { connectToWord } from "../word/bootstrap";'],
  ["src/taskpane/x.ts", 'import { useState } from "react";'],
  ["src/commands/x.ts", 'import { registerRibbonCommands } from "../word/ribbon";'],
  ["src/cli/x.ts", 'import { readFile } from "node:fs/promises";'],
  ["src/cli/x.ts", 'import { readDocx } from "../docx/node/read";'],
  ["src/docx/node/zip.ts", 'import yauzl from "yauzl";'],
  ["src/docx/node/zip.ts", 'import { inflateRawSync } from "node:zlib";'],
  ["src/docx/browser/zip.ts", 'import type { ZipSource } from "../zip-source";'],
  ["src/docx/read.ts", 'import type { Block } from "../core/document";'],
  ["src/workbench/x.ts", 'import { createFakeOffice } from "../fake-word";'],
  ["src/workbench/x.ts", "const office = Office.context;"],
  ["src/workbench/x.ts", 'import { readDocx } from "../docx/browser/read";'],
  ["src/fake-word/x.ts", 'import type { Block } from "../core/document";'],
  ["src/word/document-host.ts", 'import type { Finding } from "../core/report"; export interface Port { finding: Finding }'],
  ["test/word/x.test.ts", 'import { createFakeOffice } from "../../src/fake-word";'],
];

function lint(snippets: { filePath: string; code: string }[]): Reported[][] {
  const output = execFileSync(process.execPath, [join(__dirname, "support", "lint-texts.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  return JSON.parse(output) as Reported[][];
}

let crossingReports: Reported[][];
let allowedReports: Reported[][];

beforeAll(() => {
  const reports = lint([...crossing, ...allowed].map(([filePath, code]) => ({ filePath, code })));
  crossingReports = reports.slice(0, crossing.length);
  allowedReports = reports.slice(crossing.length);
}, 120_000);

describe("the boundary lint", () => {
  it.each(crossing.map((row, index) => [...row, index] as const))("reports %s: %s", (_file, _code, ruleId, words, index) => {
    expect(crossingReports[index]).toEqual([{ ruleId, message: expect.stringContaining(words) }]);
  });

  it.each(allowed.map((row, index) => [...row, index] as const))("allows %s: %s", (_file, _code, index) => {
    expect(allowedReports[index]).toEqual([]);
  });
});
