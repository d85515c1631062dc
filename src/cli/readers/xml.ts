import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import type { SaxesTagPlain } from "saxes";
import { InputError } from "./errors";
import type { ZipPackage } from "./zip";

/** WordprocessingML, transitional and strict: Word writes the first, "Strict Open XML" the second. */
const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** An element with its name resolved against the namespaces in scope. */
export interface XmlTag {
  local: string;
  uri: string;
  /** In the WordprocessingML namespace. */
  word: boolean;
  attributes: Record<string, string>;
  /** Prefixes bound to WordprocessingML where this element sits ("" for a default namespace). */
  wordPrefixes: readonly string[];
}

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** The local name of a WordprocessingML element, or undefined for any other namespace. */
export function wordName(tag: XmlTag): string | undefined {
  return tag.word ? tag.local : undefined;
}

export function isMarkupCompatibility(tag: XmlTag, local: string): boolean {
  return tag.uri === MARKUP_COMPATIBILITY && tag.local === local;
}

/** The value of a WordprocessingML attribute such as w:val, whatever prefix the file binds. */
export function wordAttr(tag: XmlTag, local: string): string | undefined {
  for (const prefix of tag.wordPrefixes) {
    if (prefix === "") continue;
    const value = tag.attributes[`${prefix}:${local}`];
    if (value !== undefined) return value;
  }
  return tag.attributes[local];
}

/** A plain attribute (no namespace), as in relationship parts. */
export function plainAttr(tag: XmlTag, local: string): string | undefined {
  return tag.attributes[local];
}

interface ResolvedName {
  local: string;
  uri: string;
  word: boolean;
}

interface Scope {
  /** Element depth that declared this scope; it ends when that element closes. */
  depth: number;
  prefixes: Map<string, string>;
  wordPrefixes: string[];
  names: Map<string, ResolvedName>;
}

/**
 * Namespace resolution kept deliberately light: saxes' own namespace mode costs more than the rest of
 * the parse, and Word declares every prefix once, on the root element. Declarations anywhere else are
 * still honoured.
 */
class Namespaces {
  private depth = 0;
  private readonly scopes: Scope[] = [{ depth: 0, prefixes: new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]), wordPrefixes: [], names: new Map() }];

  open(tag: SaxesTagPlain): XmlTag {
    this.depth++;
    let declared: Map<string, string> | undefined;
    for (const key in tag.attributes) {
      // "x" first: nearly every attribute is w:something, and this runs for every element.
      if (key.charCodeAt(0) === 120 && (key === "xmlns" || key.startsWith("xmlns:"))) {
        declared ??= new Map(this.scope.prefixes);
        declared.set(key === "xmlns" ? "" : key.slice(6), tag.attributes[key]);
      }
    }
    if (declared) {
      const wordPrefixes = [...declared].filter(([, uri]) => WORD_NAMESPACES.has(uri)).map(([prefix]) => prefix);
      this.scopes.push({ depth: this.depth, prefixes: declared, wordPrefixes, names: new Map() });
    }
    const scope = this.scope;
    let name = scope.names.get(tag.name);
    if (!name) {
      const colon = tag.name.indexOf(":");
      const prefix = colon < 0 ? "" : tag.name.slice(0, colon);
      const uri = scope.prefixes.get(prefix) ?? "";
      name = { local: tag.name.slice(colon + 1), uri, word: WORD_NAMESPACES.has(uri) };
      scope.names.set(tag.name, name);
    }
    return { local: name.local, uri: name.uri, word: name.word, attributes: tag.attributes, wordPrefixes: scope.wordPrefixes };
  }

  close(tag: SaxesTagPlain): XmlTag {
    const scope = this.scope;
    const name = scope.names.get(tag.name) ?? { local: tag.name, uri: "", word: false };
    const resolved = { local: name.local, uri: name.uri, word: name.word, attributes: tag.attributes, wordPrefixes: scope.wordPrefixes };
    if (scope.depth === this.depth && this.scopes.length > 1) this.scopes.pop();
    this.depth--;
    return resolved;
  }

  private get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }
}

function notWellFormed(name: string, error: unknown): InputError {
  return new InputError(`is damaged: ${name} is not well-formed XML (${(error as Error).message})`);
}

/**
 * Streams one XML part of the package through `handler`. A DOCTYPE is refused outright: Word never
 * writes one, and it is how entity-expansion and external-entity attacks begin. saxes resolves no
 * external entities in any case.
 */
export async function parsePart(pkg: ZipPackage, name: string, handler: XmlHandler, maxBytes?: number): Promise<void> {
  const parser = new SaxesParser({});
  const namespaces = new Namespaces();
  parser.on("doctype", () => {
    throw new InputError(`is not a safe Word document: ${name} contains a DOCTYPE declaration, which Word never writes`);
  });
  parser.on("opentag", (tag) => handler.open(namespaces.open(tag)));
  parser.on("closetag", (tag) => handler.close(namespaces.close(tag)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));

  const decoder = new StringDecoder("utf8");
  const feed = (text: string): void => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw notWellFormed(name, error);
    }
  };
  await pkg.stream(name, (chunk) => feed(decoder.write(chunk)), maxBytes);
  feed(decoder.end());
  try {
    parser.close();
  } catch (error) {
    throw notWellFormed(name, error);
  }
}
