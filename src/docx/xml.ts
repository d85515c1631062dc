import { InputError } from "./errors";
import { count, DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { XmlScanner, XmlSyntaxError } from "./xml-scanner";
import type { ZipPackage } from "./zip";

/** WordprocessingML, transitional and strict: Word writes the first, "Strict Open XML" the second. */
const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** An element with its name resolved against the namespaces in scope; valid only while it is being opened or closed. */
export interface XmlTag {
  local: string;
  uri: string;
  /** In the WordprocessingML namespace. */
  word: boolean;
  /** The prefix of the element's own name ("" for none). */
  prefix: string;
  attributes: Record<string, string>;
  /** Whether a prefix is bound to WordprocessingML here; valid only while the element is being opened. */
  isWordPrefix(prefix: string): boolean;
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

/**
 * The value of a WordprocessingML attribute such as w:val, whatever prefix the file binds. Nearly always
 * it carries the element's own prefix; otherwise the element's attributes are looked through once, so
 * the cost follows the element's size and not the number of prefixes in scope.
 */
export function wordAttr(tag: XmlTag, local: string): string | undefined {
  const attributes = tag.attributes;
  if (tag.word && tag.prefix !== "") {
    const value = attributes[`${tag.prefix}:${local}`];
    if (value !== undefined) return value;
  }
  for (const key in attributes) {
    const colon = key.length - local.length - 1;
    if (colon > 0 && key.charCodeAt(colon) === 58 && key.endsWith(local) && tag.isWordPrefix(key.slice(0, colon))) return attributes[key];
  }
  return attributes[local];
}

/** A plain attribute (no namespace), as in relationship parts. */
export function plainAttr(tag: XmlTag, local: string): string | undefined {
  return tag.attributes[local];
}

type XmlLimits = Pick<WorkLimits, "maxDepth" | "maxElements" | "maxNamespaceDeclarations" | "maxCharsBetweenTags">;

/**
 * Measures the stretches between one "<" and the next as text streams past, so one giant text node or
 * attribute is refused before the parser has gathered it all.
 */
class StretchMeter {
  private sinceLastTag = 0;

  constructor(
    private readonly part: string,
    private readonly maxChars: number,
  ) {}

  measure(text: string): void {
    let from = 0;
    for (let next = text.indexOf("<"); next >= 0; next = text.indexOf("<", from)) {
      this.check(this.sinceLastTag + next - from);
      this.sinceLastTag = 0;
      from = next + 1;
    }
    this.sinceLastTag += text.length - from;
    this.check(this.sinceLastTag);
  }

  private check(length: number): void {
    if (length > this.maxChars) {
      throw new InputError(`is too large to check: ${this.part} runs more than ${count(this.maxChars)} characters between two tags`);
    }
  }
}

interface ResolvedName {
  local: string;
  uri: string;
  word: boolean;
  prefix: string;
}

/** Resolved names kept at once; a part naming more distinct elements than this resolves the rest each time. */
const MAX_CACHED_NAMES = 4096;

/**
 * Namespace resolution kept deliberately light: Word declares every prefix once, on the root element.
 * Declarations anywhere else are still honoured. Each prefix keeps a stack of its bindings, so opening an
 * element costs only its own declarations, and a lookup one step, however deep the nesting or many the
 * prefixes; closing one reuses the name resolved when it opened. Elements and depth are counted here too,
 * as every element passes through.
 */
class Namespaces {
  private depth = 0;
  private elements = 0;
  private readonly bindings = new Map<string, string[]>([["xml", ["http://www.w3.org/XML/1998/namespace"]]]);
  /** The prefixes each declaring element bound, innermost last, to unbind when it closes. */
  private readonly declarations: { depth: number; prefixes: string[] }[] = [];
  /** Names resolved under the current bindings; replaced whenever a binding changes. */
  private names = new Map<string, ResolvedName>();
  /** The resolved name of each open element, innermost last. */
  private readonly openNames: ResolvedName[] = [];
  private readonly current: XmlTag = {
    local: "",
    uri: "",
    word: false,
    prefix: "",
    attributes: {},
    isWordPrefix: (prefix) => WORD_NAMESPACES.has(this.uriOf(prefix)),
  };

  constructor(
    private readonly part: string,
    private readonly limits: XmlLimits,
  ) {}

  /** `declares`: whether any attribute's name begins "xmlns", so elements without one skip the look through them. */
  open(name: string, attributes: Record<string, string>, declares: boolean): XmlTag {
    if (++this.elements > this.limits.maxElements) {
      throw new InputError(`is too large to check: ${this.part} holds more than ${count(this.limits.maxElements)} elements`);
    }
    if (++this.depth > this.limits.maxDepth) {
      throw new InputError(`is not a safe Word document: ${this.part} nests elements more than ${count(this.limits.maxDepth)} deep`);
    }
    let declared: string[] | undefined;
    if (declares) {
      for (const key in attributes) {
        if (key !== "xmlns" && !key.startsWith("xmlns:")) continue;
        declared ??= [];
        if (declared.length === this.limits.maxNamespaceDeclarations) {
          throw new InputError(
            `is not a safe Word document: an element of ${this.part} declares more than ${count(this.limits.maxNamespaceDeclarations)} namespaces`,
          );
        }
        const prefix = key === "xmlns" ? "" : key.slice(6);
        declared.push(prefix);
        const stack = this.bindings.get(prefix);
        if (stack) stack.push(attributes[key]);
        else this.bindings.set(prefix, [attributes[key]]);
      }
    }
    if (declared) {
      this.declarations.push({ depth: this.depth, prefixes: declared });
      this.names = new Map();
    }
    const resolved = this.resolve(name);
    this.openNames.push(resolved);
    return this.fill(resolved, attributes);
  }

  close(attributes: Record<string, string>): XmlTag {
    const resolved = this.fill(this.openNames.pop()!, attributes);
    const innermost = this.declarations[this.declarations.length - 1];
    if (innermost?.depth === this.depth) {
      this.declarations.pop();
      for (const prefix of innermost.prefixes) this.bindings.get(prefix)!.pop();
      this.names = new Map();
    }
    this.depth--;
    return resolved;
  }

  private uriOf(prefix: string): string {
    const stack = this.bindings.get(prefix);
    return stack?.[stack.length - 1] ?? "";
  }

  private resolve(qualified: string): ResolvedName {
    let name = this.names.get(qualified);
    if (!name) {
      const colon = qualified.indexOf(":");
      const prefix = colon < 0 ? "" : qualified.slice(0, colon);
      const uri = this.uriOf(prefix);
      name = { local: qualified.slice(colon + 1), uri, word: WORD_NAMESPACES.has(uri), prefix };
      if (this.names.size < MAX_CACHED_NAMES) this.names.set(qualified, name);
    }
    return name;
  }

  /**
   * Fills in the one tag this part hands its handler, rather than a new object for every element opened
   * and closed: handlers read a tag only while it is being opened or closed, and a large record has a
   * million elements.
   */
  private fill(name: ResolvedName, attributes: Record<string, string>): XmlTag {
    const current = this.current;
    current.local = name.local;
    current.uri = name.uri;
    current.word = name.word;
    current.prefix = name.prefix;
    current.attributes = attributes;
    return current;
  }
}

function notWellFormed(name: string, error: XmlSyntaxError): InputError {
  return new InputError(`is damaged: ${name} is not well-formed XML (${error.message})`);
}

/**
 * The encoding of an XML part, from its first bytes as XML 1.0 appendix F reads them: a byte-order mark,
 * or "<?" in UTF-16 without one. OPC allows UTF-8 and UTF-16; Word writes UTF-8.
 */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return "utf-16be";
  return "utf-8";
}

/**
 * Streams one XML part of the package through `handler`. A DOCTYPE is refused outright: Word never
 * writes one, and it is how entity-expansion and external-entity attacks begin; the scanner reads no
 * DTD in any case. Elements, nesting depth, namespace declarations and the stretches between tags are
 * capped as they are read.
 */
export async function parsePart(
  pkg: ZipPackage,
  name: string,
  handler: XmlHandler,
  maxBytes?: number,
  limits: XmlLimits = DEFAULT_WORK_LIMITS,
): Promise<void> {
  const namespaces = new Namespaces(name, limits);
  const stretches = new StretchMeter(name, limits.maxCharsBetweenTags);
  const scanner = new XmlScanner({
    open: (qualified, attributes, declares) => handler.open(namespaces.open(qualified, attributes, declares)),
    close: (_qualified, attributes) => handler.close(namespaces.close(attributes)),
    text: (text) => handler.text(text),
    doctype: () => {
      throw new InputError(`is not a safe Word document: ${name} contains a DOCTYPE declaration, which Word never writes`);
    },
  });
  const scan = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw notWellFormed(name, error);
      throw error;
    }
  };

  // TextDecoder drops the byte-order mark; the declared encoding is not read, so the text decoded is all that counts.
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  const feed = (text: string): void => {
    stretches.measure(text);
    scan(() => scanner.write(text));
  };
  await pkg.stream(
    name,
    (chunk, last) => {
      decoder ??= new TextDecoder(encodingOf(chunk));
      // The chunk that completes the part (for most parts the only one) is decoded as the stream's end: Node
      // decodes that in one native pass, where a streamed chunk of a small part takes about 7 times as long.
      feed(decoder.decode(chunk, { stream: !last }));
    },
    maxBytes,
  );
  if (decoder) feed(decoder.decode());
  scan(() => scanner.end());
}
