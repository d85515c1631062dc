import { readdir, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { compileGlob, GlobError, hasGlobMagic, splitGlob } from "./glob";

/** Extensions a folder walk picks up: the readers' CHECKED_EXTENSIONS, repeated so that gathering inputs does not load the readers. */
const WALKED_EXTENSIONS = [".docx", ".txt", ".md"];

/** One file to check, or one command-line input that names nothing checkable. */
export interface Input {
  /** Absolute path; undefined when the input matched nothing. */
  file?: string;
  /** What the user sees: relative to the working folder with forward slashes where possible. */
  display: string;
  error?: string;
}

export interface InputOptions {
  /** Read files that symbolic links in a scanned folder point to outside it. */
  followSymlinks: boolean;
}

/** Whether a name ends in an extension rod-check reads (a folder could be so named too). */
export function hasCheckedExtension(name: string): boolean {
  return WALKED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Word's "~$name.docx" owner files sit beside open documents; they are not documents. */
function isCheckable(name: string): boolean {
  return hasCheckedExtension(name) && !name.startsWith("~$");
}

/** Hidden folders (.git) and installed packages are never what a user means by "this folder". */
function isWalkable(name: string): boolean {
  return !name.startsWith(".") && name !== "node_modules";
}

function displayPath(file: string, cwd: string): string {
  const relativePath = relative(cwd, file);
  if (relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath)) return file;
  return relativePath.split(sep).join("/");
}

interface Found {
  relativePath: string;
  link: boolean;
}

/** Every file and symbolic link below `folder`, as paths relative to it with forward slashes, sorted; symlinked folders are not followed. */
async function walk(folder: string, keep: (relativePath: string, name: string) => boolean): Promise<Found[]> {
  const found: Found[] = [];
  const pending = [""];
  while (pending.length > 0) {
    const current = pending.shift()!;
    let entries;
    try {
      entries = await readdir(join(folder, current), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const relativePath = current === "" ? entry.name : `${current}/${entry.name}`;
      if (entry.isDirectory()) {
        if (isWalkable(entry.name)) pending.push(relativePath);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (keep(relativePath, entry.name)) found.push({ relativePath, link: entry.isSymbolicLink() });
      }
    }
  }
  return found.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

type Kind = "file" | "folder" | "other";

/** What a path is, without opening it: opening a FIFO would wait for a writer that may never come. */
async function kindOf(path: string): Promise<Kind | undefined> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? "folder" : info.isFile() ? "file" : "other";
  } catch {
    return undefined;
  }
}

const NOT_REGULAR = "is not a regular file (a pipe, socket or device); rod-check reads only regular files";

function isInside(path: string, folder: string): boolean {
  const relativePath = relative(folder, path);
  return relativePath !== "" && !relativePath.startsWith("..") && !isAbsolute(relativePath);
}

/**
 * The files a walk found, as inputs. Only regular files are read; a symbolic link is read only when
 * it leads to a file inside the folder walked, unless the user allows more.
 */
async function filesOf(root: string, found: Found[], cwd: string, options: InputOptions): Promise<Input[]> {
  const inputs: Input[] = [];
  let realRoot: string | undefined;
  for (const { relativePath, link } of found) {
    const file = join(root, ...relativePath.split("/"));
    const display = displayPath(file, cwd);
    if (!link) {
      // The folder listing already said it is a regular file.
      inputs.push({ file, display });
      continue;
    }
    const kind = await kindOf(file);
    if (kind === "folder") continue;
    if (kind === undefined) {
      inputs.push({ display, error: "is a symbolic link to nothing that exists" });
      continue;
    }
    if (kind === "other") {
      inputs.push({ display, error: NOT_REGULAR });
      continue;
    }
    if (!options.followSymlinks) {
      realRoot ??= await realpath(root);
      const target = await realpath(file).catch(() => undefined);
      if (target === undefined || !isInside(target, realRoot)) {
        inputs.push({ display, error: "is a symbolic link to a file outside the folder, so it was not read (--follow-symlinks reads it)" });
        continue;
      }
    }
    inputs.push({ file, display });
  }
  return inputs;
}

async function expandGlob(pattern: string, cwd: string, options: InputOptions): Promise<Input[]> {
  const { base, rest } = splitGlob(pattern);
  const glob = compileGlob(rest);
  const root = resolve(cwd, base === "" ? "." : base);
  if ((await kindOf(root)) !== "folder") return [];
  return filesOf(root, await walk(root, (relativePath) => glob.matches(relativePath)), cwd, options);
}

/**
 * Turns the command line's files, folders and globs into the files to check, in the order given,
 * each once. Inputs that name nothing become errors, so they are reported rather than ignored.
 */
export async function collectInputs(args: string[], cwd: string, options: InputOptions = { followSymlinks: false }): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (input: Input): void => {
    const key = input.file ?? `\u0000${input.display}`;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };

  for (const argument of args) {
    const path = resolve(cwd, argument);
    const kind = await kindOf(path);
    if (kind === "file") {
      add({ file: path, display: displayPath(path, cwd) });
    } else if (kind === "other") {
      add({ display: displayPath(path, cwd), error: NOT_REGULAR });
    } else if (kind === "folder") {
      const found = await walk(path, (_relativePath, name) => isCheckable(name));
      if (found.length === 0) inputs.push({ display: argument, error: "is a folder with no .docx, .txt or .md files in it" });
      (await filesOf(path, found, cwd, options)).forEach(add);
    } else if (hasGlobMagic(argument)) {
      let files: Input[];
      try {
        files = await expandGlob(argument, cwd, options);
      } catch (error) {
        if (!(error instanceof GlobError)) throw error;
        inputs.push({ display: argument, error: `is not a valid glob: ${error.message}` });
        continue;
      }
      if (files.length === 0) inputs.push({ display: argument, error: "matches no files" });
      files.forEach(add);
    } else {
      inputs.push({ display: argument, error: "does not exist" });
    }
  }
  return inputs;
}
