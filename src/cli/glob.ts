/**
 * Globs for shells that do not expand them (Windows, quoted arguments): `*` and `?` within one folder
 * name, `**` across folders, `[abc]` character classes and `{a,b}` alternatives.
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, "\\$&");
}

/** Translates one glob (forward slashes) into an anchored regular expression over relative paths. */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  let braceDepth = 0;
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (character === "*") {
      if (glob[index + 1] === "*") {
        const atSegmentStart = index === 0 || glob[index - 1] === "/";
        const atSegmentEnd = index + 2 === glob.length || glob[index + 2] === "/";
        if (atSegmentStart && atSegmentEnd) {
          // "**/" matches no folder or any number of folders whose names do not start with a dot.
          if (glob[index + 2] === "/") {
            source += "(?:[^/.][^/]*/)*";
            index += 2;
          } else {
            source += "(?:[^/.][^/]*(?:/[^/.][^/]*)*)?";
            index += 1;
          }
          continue;
        }
        index++;
      }
      const atSegmentStart = index === 0 || glob[index - 1] === "/";
      source += atSegmentStart ? "(?:[^/.][^/]*)?" : "[^/]*";
    } else if (character === "?") {
      source += "[^/]";
    } else if (character === "[") {
      const close = glob.indexOf("]", index + 2);
      if (close === -1) {
        source += "\\[";
        continue;
      }
      const body = glob.slice(index + 1, close);
      const negated = body.startsWith("!") || body.startsWith("^");
      const members = (negated ? body.slice(1) : body).replace(/[\\\]]/g, "\\$&");
      source += negated ? `[^/${members}]` : `[${members}]`;
      index = close;
    } else if (character === "{") {
      braceDepth++;
      source += "(?:";
    } else if (character === "}" && braceDepth > 0) {
      braceDepth--;
      source += ")";
    } else if (character === "," && braceDepth > 0) {
      source += "|";
    } else {
      source += escapeRegExp(character);
    }
  }
  while (braceDepth-- > 0) source += ")";
  return new RegExp(`^${source}$`);
}

/** The folder part before the first segment with glob characters: where the walk starts. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.replace(/\\/g, "/").split("/");
  const firstMagic = segments.findIndex(hasGlobMagic);
  const base = segments.slice(0, firstMagic).join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base, rest: segments.slice(firstMagic).join("/") };
}
