// The design's boundaries (README "Layout"): which folder of src/ may import which, and where Office.js and Node
// APIs may be used. Each folder gets ONE config object holding every rule that applies to it, because a later
// config object that sets the same rule for a file replaces the earlier options instead of adding to them: the
// file sets below do not overlap, except that core's globals list repeats the Office.js one it overrides.
// Static imports, `import type` and `export … from` are checked by no-restricted-imports; dynamic `import()` by
// no-restricted-syntax, from the same patterns. test/lint/boundaries.test.ts proves each one fires.

const CODE = "**/*.{ts,tsx,js,mjs,cjs}";
const under = (folder) => `${folder}/${CODE}`;

/** A relative specifier that climbs out with `../` and lands in one of the named top-level folders. */
const climbsTo = (folders) => `^(\\./)?(\\.\\./)+(${folders.join("|")})(/.*)?$`;

const restrict = (regex, message) => ({ regex, message });

const officeGlobals = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: "Office.js is used only in src/word; talk to the DocumentHost port (src/word/document-host.ts) instead.",
}));

const NODE_APIS =
  "^(node:.*|fs|path|os|child_process|url|stream|zlib|crypto|util|worker_threads|buffer|string_decoder|events|yauzl)(/.*)?$";
const UI = "^(react|react-dom|@fluentui/.*)(/.*)?$";
const OFFICE_PACKAGES = "^(@microsoft/office-js|office-.*)(/.*)?$";

const noTest = restrict(climbsTo(["test"]), "Nothing under src/ imports test/: what the product needs lives in src/.");
const notDevTools = restrict(
  climbsTo(["workbench", "fake-word"]),
  "Shipped code never imports src/workbench or src/fake-word: they are development tools, not part of the add-in or rod-check.",
);

const core = [
  restrict(`${UI}|${OFFICE_PACKAGES}`, "src/core must stay free of UI and Office.js."),
  restrict(NODE_APIS, "src/core must stay free of Node APIs."),
  restrict(
    climbsTo(["word", "taskpane", "commands", "cli", "docx", "workbench", "fake-word"]),
    "src/core imports nothing of ours outside src/core: it is the engine every other part imports.",
  ),
  noTest,
];

const wordNever = restrict(
  climbsTo(["taskpane", "cli", "commands", "docx"]),
  "src/word is the Office.js layer under the pane: it never imports the pane, the ribbon commands, rod-check or the .docx reader.",
);
const word = [wordNever, restrict(UI, "src/word has no UI: the pane (src/taskpane) draws what the Word layer returns."), notDevTools, noTest];

const paneReachesWord = restrict(
  `^(\\./)?(\\.\\./)+word(/?$|/(?!(document-host|requirements)$).*)`,
  "The pane reaches Word only through the DocumentHost port (src/word/document-host.ts, types) and the constants in src/word/requirements.ts; src/taskpane/index.tsx, the composition root, is the one file that calls connectToWord.",
);
const paneOthers = [
  restrict(climbsTo(["cli", "commands", "docx"]), "src/taskpane never imports rod-check, the ribbon commands or the .docx reader: it reads the document through the DocumentHost port."),
  restrict(OFFICE_PACKAGES, "Office.js is used only in src/word; the pane talks to the DocumentHost port."),
  notDevTools,
  noTest,
];

const commands = [
  restrict(climbsTo(["taskpane", "cli", "docx"]), "src/commands holds the ribbon's handlers: it reaches Word through src/word and never imports the pane, rod-check or the .docx reader."),
  notDevTools,
  noTest,
];

const cli = [
  restrict(climbsTo(["word", "taskpane", "commands"]), "src/cli is rod-check for Node: it never imports the Word layer, the pane or the ribbon commands; it reads documents with src/docx."),
  restrict(`${UI}|${OFFICE_PACKAGES}`, "src/cli is rod-check for Node: no React, Fluent UI or Office.js."),
  notDevTools,
  noTest,
];

const docxNever = restrict(
  climbsTo(["cli", "word", "taskpane", "commands"]),
  "src/docx, the .docx reader for rod-check and the workbench, imports only src/core: never rod-check, the Word layer, the pane or the ribbon commands.",
);
const docxNoUi = restrict(`${UI}|${OFFICE_PACKAGES}`, "src/docx, the .docx reader, has no UI and no Office.js.");
const docxNodeOnlyInNode = restrict(
  NODE_APIS,
  "Only src/docx/node/ may use Node APIs; the rest of the .docx reader also runs in the browser and takes its zip source injected.",
);
const docxBrowserNotNode = restrict(
  "^(\\./)?(\\.\\./)+node(/.*)?$",
  "src/docx/browser/ runs in the browser: it never imports src/docx/node/.",
);
const docx = [docxNever, docxNoUi, notDevTools, noTest];

const workbench = [
  restrict(climbsTo(["docx/node"]), "The workbench runs in the browser: it opens a .docx through src/docx/browser, never src/docx/node."),
  noTest,
];

const fakeWord = [
  restrict(
    climbsTo(["word", "taskpane", "cli", "commands", "docx", "workbench"]),
    "src/fake-word stands for Word itself: it imports nothing of ours but src/core, least of all the Word layer it answers.",
  ),
  restrict(UI, "src/fake-word stands for Word: no React or Fluent UI."),
  noTest,
];

/** `import("…")` with a string literal, matched by the same pattern (esquery regexes cannot hold a "/"). */
const dynamicImport = ({ regex, message }) => ({
  selector: `ImportExpression > Literal.source[value=/${regex.replaceAll("/", "\\x2F")}/]`,
  message,
});

function boundary(files, patterns, { ignores = [], syntax = [], globals } = {}) {
  return {
    files,
    ignores,
    rules: {
      "no-restricted-imports": ["error", { patterns }],
      "no-restricted-syntax": ["error", ...patterns.map(dynamicImport), ...syntax],
      ...(globals ? { "no-restricted-globals": ["error", ...globals] } : {}),
    },
  };
}

const typesOnly = {
  selector:
    "Program > :not(TSInterfaceDeclaration, TSTypeAliasDeclaration, ImportDeclaration[importKind='type'], ExportNamedDeclaration[exportKind='type'])",
  message: "The DocumentHost port is types only (interfaces, type aliases, `import type`), so importing it brings no Word code into the pane.",
};

const PORT = "src/word/document-host.ts";
const REQUIREMENTS = "src/word/requirements.ts";
const COMPOSITION_ROOT = "src/taskpane/index.tsx";
const FOLDERS = ["core", "word", "taskpane", "commands", "cli", "docx", "workbench", "fake-word"].map((name) => `src/${name}/**`);

export default [
  // src/word calls Office.js; the workbench installs its simulated Word as these globals for the pane.
  {
    files: [under("src")],
    ignores: ["src/word/**", "src/workbench/**"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  // The checker engine runs in Word, in a worker and in Node: it may use nothing platform-specific.
  boundary([under("src/core")], core, { globals: [...officeGlobals, "window", "document", "navigator", "process", "require", "Buffer"] }),
  boundary([under("src/word")], word, { ignores: [PORT, REQUIREMENTS] }),
  boundary([PORT], word, { syntax: [typesOnly] }),
  // The pane imports these constants for its refusal screens, so the file stays plain data.
  boundary([REQUIREMENTS], [restrict(".*", "src/word/requirements.ts is plain constants the pane may read: it imports nothing.")]),
  // The composition root alone connects to Word (connectToWord in src/word/bootstrap); every other pane file
  // reaches Word through the port.
  boundary([under("src/taskpane")], [paneReachesWord, ...paneOthers], { ignores: [COMPOSITION_ROOT] }),
  boundary([COMPOSITION_ROOT], paneOthers),
  boundary([under("src/commands")], commands),
  boundary([under("src/cli")], cli),
  boundary([under("src/docx")], [...docx, docxNodeOnlyInNode], { ignores: ["src/docx/node/**", "src/docx/browser/**"] }),
  boundary([under("src/docx/browser")], [...docx, docxNodeOnlyInNode, docxBrowserNotNode]),
  boundary([under("src/docx/node")], docx),
  boundary([under("src/workbench")], workbench),
  boundary([under("src/fake-word")], fakeWord),
  // Any folder added to src/ later still never imports test/.
  boundary([under("src")], [noTest], { ignores: FOLDERS }),
];
