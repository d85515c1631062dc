import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import * as ts from "typescript";
import { OFFICE_TYPES_PATH } from "./api-sets";

/**
 * Lists, with the TypeScript compiler, every Office.js member some source files touch: each property read or
 * written and each method called whose declaration lives in @types/office-js, with the overload the call resolved to.
 */

export interface UsedMember {
  /** Declaring type or namespace, e.g. "Word.Paragraph", "Office.Settings", "Word" (for Word.run). */
  owner: string;
  member: string;
  /** Word's declaration of the member. */
  symbol: ts.Symbol;
  /** The overloads the code's calls resolved to (methods only). */
  signatures: ts.Signature[];
  written: boolean;
  /** "src/word/marks.ts:42" for the first use, for messages. */
  where: string;
}

export function projectProgram(rootDir: string, extraRoots: string[]): ts.Program {
  const configPath = join(rootDir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return ts.createProgram({ rootNames: extraRoots, options: { ...parsed.options, noEmit: true } });
}

export function sourceFilesIn(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"))
    .map((name) => join(directory, name));
}

function ownerOf(declaration: ts.Declaration): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) names.unshift(node.name.text);
    if (ts.isModuleDeclaration(node)) names.unshift(node.name.getText());
  }
  return names.join(".");
}

function isWritten(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

export function officeMembersUsedIn(program: ts.Program, files: string[]): UsedMember[] {
  const checker = program.getTypeChecker();
  const officeTypes = ts.sys.resolvePath(OFFICE_TYPES_PATH);
  const found = new Map<string, UsedMember>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program.`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        // A member of an inline object type (onReady's `info`) is checked with the signature that declares it.
        const inline = declaration !== undefined && ts.isTypeLiteralNode(declaration.parent);
        if (symbol && declaration && !inline && ts.sys.resolvePath(declaration.getSourceFile().fileName) === officeTypes) {
          const owner = ownerOf(declaration);
          const key = `${owner}.${symbol.name}`;
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const use = found.get(key) ?? {
            owner,
            member: symbol.name,
            symbol,
            signatures: [],
            written: false,
            where: `${file.slice(file.indexOf("src/"))}:${line}`,
          };
          if (isWritten(node)) use.written = true;
          if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
            const signature = checker.getResolvedSignature(node.parent);
            if (signature && !use.signatures.includes(signature)) use.signatures.push(signature);
          }
          found.set(key, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found.values()].sort((a, b) => `${a.owner}.${a.member}`.localeCompare(`${b.owner}.${b.member}`));
}
