/**
 * Five projects: pure/Node code and the task pane in jsdom (the quick loop, `npm run test:unit`); hostile files,
 * random inputs and the regex analysis (`npm run test:adversarial`); the production builds and the compiled bin
 * (`npm run test:build`); and the workbench in headless Chromium (`npm run test:browser`).
 */
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json", diagnostics: { warnOnly: false } }],
};

const shared = {
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

/** Tests that run a production build or the compiled bin: minutes, not seconds. */
const buildTests = ["<rootDir>/test/build/**/*.test.ts", "<rootDir>/test/cli/bin.test.ts"];

/**
 * Tests that feed the code hostile files, thousands of random inputs or every regular expression in src/core:
 * over a minute of processor time between them, so they stay out of the quick loop.
 */
const adversarialTests = [
  "<rootDir>/test/cli/hostile-reader.test.ts",
  "<rootDir>/test/cli/bad-input.test.ts",
  "<rootDir>/test/cli/untrusted-input.test.ts",
  "<rootDir>/test/docx/both-sources.test.ts",
  "<rootDir>/test/core/properties.test.ts",
  "<rootDir>/test/core/regex-safety.test.ts",
];

/** A testPathIgnorePatterns entry for exactly this file. */
const only = (path) => `${path.replace(/\./g, "\\.")}$`;

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/", "<rootDir>/test/build/", only("<rootDir>/test/cli/bin.test.ts"), ...adversarialTests.map(only)],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/support/setup.ts"],
    },
    {
      ...shared,
      displayName: "adversarial",
      testEnvironment: "node",
      testMatch: adversarialTests,
    },
    {
      ...shared,
      displayName: "build",
      testEnvironment: "node",
      testMatch: buildTests,
      // Compiles the CLI into build/ once for every test here that runs it, unless build/ is already up to date.
      globalSetup: "<rootDir>/test/build/support/global-setup.ts",
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      // Builds the workbench once for every browser test, and removes that build afterwards.
      globalSetup: "<rootDir>/test/e2e/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/support/global-teardown.ts",
    },
  ],
  reporters: ["default", "<rootDir>/test/support/totals-reporter.js"],
};
