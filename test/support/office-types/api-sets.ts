import { readFileSync } from "node:fs";
import * as ts from "typescript";

/**
 * Reads `@types/office-js` with the TypeScript compiler and lists, for each Word class the fake models, every member
 * Word has and the requirement set its `[Api set: …]` tag names ("" when it has none). The fake's gates come from
 * this table (written to fake-word/api-sets.generated.ts), never from versions copied by hand.
 */

export const OFFICE_TYPES_PATH = require.resolve("@types/office-js/index.d.ts");

/** Word classes the fake models (each as `Fake<Name>` in src/fake-word). */
export const MODELLED_WORD_CLASSES = [
  "Annotation",
  "AnnotationCollection",
  "Body",
  "Comment",
  "CommentCollection",
  "ContentControl",
  "ContentControlCollection",
  "Document",
  "Font",
  "Paragraph",
  "ParagraphCollection",
  "Range",
  "RangeCollection",
  "TrackedChange",
  "TrackedChangeCollection",
] as const;

/** Office interfaces the fake's Office namespace stands for (Office.context, its document and settings). */
export const MODELLED_OFFICE_INTERFACES = ["Context", "Document", "RequirementSetSupport", "Settings"] as const;

/** Members every client object has that say nothing about Word (the request context, loading, serialising). */
const PLUMBING = new Set(["context", "load", "toJSON", "track", "untrack"]);

export type ApiSetTable = Record<string, Record<string, string>>;

export interface OfficeTypeTables {
  word: ApiSetTable;
  /** Member names of each modelled Office interface. */
  office: Record<string, string[]>;
}

function apiSetOf(node: ts.Node): string {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((doc) => doc.getText())
    .join("\n");
  return /\[Api set: ([^\]]+)\]/.exec(text)?.[1]?.trim() ?? "";
}

export function wordApiSets(path = OFFICE_TYPES_PATH): ApiSetTable {
  return officeTypeTables(path).word;
}

function memberName(member: ts.ClassElement | ts.TypeElement): string | undefined {
  return member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? member.name.text : undefined;
}

export function officeTypeTables(path = OFFICE_TYPES_PATH): OfficeTypeTables {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const wanted = new Set<string>(MODELLED_WORD_CLASSES);
  const wantedOffice = new Set<string>(MODELLED_OFFICE_INTERFACES);
  const table: ApiSetTable = {};
  const office: Record<string, string[]> = {};
  const visit = (node: ts.Node, namespace: string): void => {
    if (ts.isModuleDeclaration(node) && node.body) {
      const name = namespace ? `${namespace}.${node.name.getText()}` : node.name.getText();
      ts.forEachChild(node.body, (child) => visit(child, name));
      return;
    }
    if (namespace === "Office" && ts.isInterfaceDeclaration(node) && wantedOffice.has(node.name.text)) {
      const names = new Set(office[node.name.text] ?? []);
      for (const member of node.members) {
        const name = memberName(member);
        if (name) names.add(name);
      }
      office[node.name.text] = [...names].sort();
    }
    if (namespace === "Word" && ts.isClassDeclaration(node) && node.name && wanted.has(node.name.text)) {
      const members: Record<string, string> = {};
      for (const member of node.members) {
        const name = memberName(member);
        if (!name || PLUMBING.has(name) || name in members) continue;
        members[name] = apiSetOf(member);
      }
      table[node.name.text] = Object.fromEntries(Object.entries(members).sort(([a], [b]) => a.localeCompare(b)));
    }
  };
  ts.forEachChild(source, (child) => visit(child, ""));
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { word: sorted(table), office: sorted(office) };
}

export function renderApiSetsModule(tables: OfficeTypeTables): string {
  const literal = (value: unknown) => JSON.stringify(value, null, 2).replace(/"([A-Za-z_$][\w$]*)":/g, "$1:");
  return [
    "// Generated from @types/office-js by test/support/office-types/api-sets.ts; test/word/office-conformance.test.ts",
    "// keeps it in step (UPDATE_API_SETS=1 rewrites it). Do not edit by hand.",
    "",
    "/** For each Word class the fake models: every member Word has, and the requirement set it needs (\"\" for none). */",
    `export const WORD_API_SETS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${literal(tables.word)};`,
    "",
    "/** Members of each Office interface the fake's Office namespace stands for. */",
    `export const OFFICE_MEMBERS: Readonly<Record<string, readonly string[]>> = ${literal(tables.office)};`,
    "",
  ].join("\n");
}
