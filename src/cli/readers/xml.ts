import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import type { SaxesTagNS } from "saxes";
import { InputError } from "./errors";
import type { ZipPackage } from "./zip";

/** WordprocessingML, transitional and strict: Word writes the first, "Strict Open XML" the second. */
const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export type XmlTag = SaxesTagNS;

export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** The local name of a WordprocessingML element, or undefined for any other namespace. */
export function wordName(tag: XmlTag): string | undefined {
  return WORD_NAMESPACES.has(tag.uri) ? tag.local : undefined;
}

export function isMarkupCompatibility(tag: XmlTag, local: string): boolean {
  return tag.uri === MARKUP_COMPATIBILITY && tag.local === local;
}

/** The value of a WordprocessingML attribute such as w:val, whatever prefix the file binds. */
export function wordAttr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key];
    if (attribute.local === local && (attribute.uri === "" || WORD_NAMESPACES.has(attribute.uri))) return attribute.value;
  }
  return undefined;
}

/** A plain attribute (no namespace), as in relationship parts. */
export function plainAttr(tag: XmlTag, local: string): string | undefined {
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key];
    if (attribute.local === local && attribute.uri === "") return attribute.value;
  }
  return undefined;
}

/**
 * Streams one XML part of the package through `handler`. A DOCTYPE is refused outright: Word never
 * writes one, and it is how entity-expansion and external-entity attacks begin. saxes resolves no
 * external entities in any case.
 */
export async function parsePart(pkg: ZipPackage, name: string, handler: XmlHandler, maxBytes?: number): Promise<void> {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("doctype", () => {
    throw new InputError(`is not a safe Word document: ${name} contains a DOCTYPE declaration, which Word never writes`);
  });
  parser.on("opentag", (tag) => handler.open(tag));
  parser.on("closetag", (tag) => handler.close(tag));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));

  const decoder = new StringDecoder("utf8");
  const feed = (text: string): void => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`is damaged: ${name} is not well-formed XML (${(error as Error).message})`);
    }
  };
  await pkg.stream(name, (chunk) => feed(decoder.write(chunk)), maxBytes);
  feed(decoder.end());
  try {
    parser.close();
  } catch (error) {
    throw new InputError(`is damaged: ${name} is not well-formed XML (${(error as Error).message})`);
  }
}
