// Lints snippets as if they were files of the repo, with the repo's own eslint.config.mjs, and prints what the
// boundary rules report. A separate process because ESLint loads its configuration with a dynamic import(), which
// jest's module sandbox does not allow.
//   stdin:  [{ "filePath": "src/cli/x.ts", "code": "import …" }, …]
//   stdout: [[{ "ruleId": "no-restricted-imports", "message": "…" }, …], …], one list per snippet
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { text } from "node:stream/consumers";

const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-syntax", "no-restricted-globals"]);

const eslint = new ESLint({
  cwd: fileURLToPath(new URL("../../..", import.meta.url)),
  // Only the boundary rules run, and without type information, so the snippets need not exist on disk.
  ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
  overrideConfig: { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parserOptions: { projectService: false, project: false } } },
});

const snippets = JSON.parse(await text(process.stdin));
const reports = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  reports.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(reports));
