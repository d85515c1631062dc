import { readdir, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { globToRegExp, hasGlobMagic, splitGlob } from "./glob";
import { CHECKED_EXTENSIONS } from "./readers";

/** One file to check, or one command-line input that names nothing checkable. */
export interface Input {
  /** Absolute path; undefined when the input matched nothing. */
  file?: string;
  /** What the user sees: relative to the working folder with forward slashes where possible. */
  display: string;
  error?: string;
}

/** Word's "~$name.docx" owner files sit beside open documents; they are not documents. */
function isCheckable(name: string): boolean {
  return CHECKED_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith("~$");
}

/** Hidden folders (.git) and installed packages are never what a user means by "this folder". */
function isWalkable(name: string): boolean {
  return !name.startsWith(".") && name !== "node_modules";
}

export function displayPath(file: string, cwd: string): string {
  const relativePath = relative(cwd, file);
  if (relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath)) return file;
  return relativePath.split(sep).join("/");
}

/** Every file below `folder`, as paths relative to it with forward slashes, sorted; symlinked folders are not followed. */
async function walk(folder: string, keep: (relativePath: string, name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending = [""];
  while (pending.length > 0) {
    const current = pending.shift()!;
    let entries;
    try {
      entries = await readdir(join(folder, current), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relativePath = current === "" ? entry.name : `${current}/${entry.name}`;
      if (entry.isDirectory()) {
        if (isWalkable(entry.name)) pending.push(relativePath);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (keep(relativePath, entry.name)) found.push(relativePath);
      }
    }
  }
  return found.sort();
}

async function kindOf(path: string): Promise<"file" | "folder" | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "folder" : "file";
  } catch {
    return undefined;
  }
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const root = resolve(cwd, base === "" ? "." : base);
  if ((await kindOf(root)) !== "folder") return [];
  const matcher = globToRegExp(rest);
  const matches = await walk(root, (relativePath) => matcher.test(relativePath));
  const files: string[] = [];
  for (const match of matches) {
    const file = join(root, ...match.split("/"));
    if ((await kindOf(file)) === "file") files.push(file);
  }
  return files;
}

/**
 * Turns the command line's files, folders and globs into the files to check, in the order given,
 * each once. Inputs that name nothing become errors, so they are reported rather than ignored.
 */
export async function collectInputs(args: string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    inputs.push({ file, display: displayPath(file, cwd) });
  };

  for (const argument of args) {
    const path = resolve(cwd, argument);
    const kind = await kindOf(path);
    if (kind === "file") {
      add(path);
    } else if (kind === "folder") {
      const files = await walk(path, (_relativePath, name) => isCheckable(name));
      if (files.length === 0) inputs.push({ display: argument, error: "is a folder with no .docx, .txt or .md files in it" });
      for (const file of files) add(join(path, ...file.split("/")));
    } else if (hasGlobMagic(argument)) {
      const files = await expandGlob(argument, cwd);
      if (files.length === 0) inputs.push({ display: argument, error: "matches no files" });
      files.forEach(add);
    } else {
      inputs.push({ display: argument, error: "does not exist" });
    }
  }
  return inputs;
}
