import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";
import boundaries from "./eslint/boundaries.mjs";

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
    // Shipped code runs its regular expressions over whatever a document holds: one that backtracks or rescans
    // without bound turns a long run of spaces or digits into a hang.
    files: ["src/**/*.ts", "src/**/*.tsx", "src/**/*.js"],
    ...regexp.configs["flat/recommended"],
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-move": "error",
      // Word's text holds control characters by design (comment anchors, C0 controls); matching them is deliberate.
      "no-control-regex": "off",
    },
  },
  {
    // ASCII's four blocks of punctuation, as ranges on purpose: the characters JavaScript lets a pattern escape.
    files: ["src/core/profile/pattern-safety.ts"],
    rules: { "regexp/no-obscure-range": "off" },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Promises dropped or handed where nobody awaits them lose their errors; these rules need type information.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    // One program built from tsconfig.json: for a whole-tree run it costs less than the project service.
    languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...boundaries,
);
