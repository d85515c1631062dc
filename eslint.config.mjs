import tseslint from "typescript-eslint";

const officeGlobals = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: "Office.js is used only in src/word; talk to the DocumentHost port instead.",
}));

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-results/"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests build deliberately broken profiles and documents out of loose JSON.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/word/**", "src/workbench/**"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // The checker engine runs in Word, in a worker and in Node: it may import nothing platform-specific.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(react|react-dom|@fluentui/.*|@microsoft/office-js|office-.*)(/.*)?$", message: "src/core must stay free of UI and Office.js." },
            { regex: "^(node:.*|fs|path|os|child_process|url|stream|zlib|crypto|util|worker_threads)(/.*)?$", message: "src/core must stay free of Node APIs." },
            { regex: "^\\.\\./(\\.\\./)*(word|taskpane|commands|cli|workbench)(/.*)?$", message: "src/core imports nothing of ours outside src/core." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...officeGlobals, "window", "document", "navigator", "process", "require", "Buffer"],
    },
  },
);
