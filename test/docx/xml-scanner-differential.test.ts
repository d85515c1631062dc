import { SaxesParser } from "saxes";
import { XmlScanner } from "../../src/docx/xml-scanner";
import { seeded } from "../support/random";
import type { Random } from "../support/random";

/**
 * The scanner against saxes, the parser it replaced, on random documents: well-formed ones built from
 * the pieces Word parts are made of (and the awkward ones XML allows), and the same documents broken at
 * random. Both get the same random chunks; they must agree on whether the document is well-formed and,
 * when it is, on every element, attribute and run of text.
 */

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const some = (random: Random, most: number, make: () => string): string => Array.from({ length: Math.floor(random() * (most + 1)) }, make).join("");

const PREFIXES = ["w", "a", "r", "mc", "w14"];
const LOCALS = ["p", "r", "t", "tbl", "sdt", "x.y", "a-b", "é", "𐀀z", "_n"];
const WORDS = ["Decision", "ROD", "£45,000", "café", "😀", "  ", "\t", " > ", "]", "] ]", "x]]", "'", '"', "=", "/"];
const REFERENCES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x42;", "&#x1F600;", "&#10;", "&#9;", "&#13;", "&#0065;", "&#xe9;"];
const LINE_ENDS = ["\n", "\r\n", "\r"];

function text(random: Random): string {
  return some(random, 4, () => {
    const roll = random();
    if (roll < 0.5) return pick(random, WORDS);
    if (roll < 0.8) return pick(random, REFERENCES);
    return pick(random, LINE_ENDS);
  });
}

function attributeValue(random: Random, quote: string): string {
  const other = quote === '"' ? "'" : '"';
  return some(random, 4, () => pick(random, [...WORDS.filter((word) => word !== quote), ...REFERENCES, ...LINE_ENDS, "\t", other, ">", "]]>"]).replace(quote, ""));
}

const comment = (random: Random) => `<!--${pick(random, ["", " note ", " <w:p> & ", "x-y", "\r\n"])}-->`;
const instruction = (random: Random) => `<?${pick(random, ["pi", "mso-application", "x:y", "xml-stylesheet"])}${pick(random, ["", " ", ' href="a?b" ', " <&> ? >"])}?>`;
const cdata = (random: Random) => `<![CDATA[${pick(random, ["", "x", "<b>&amp;</b>", "]]", "] ]>", "a]]]b", "\r\n", "😀"])}]]>`;
const space = (random: Random) => some(random, 2, () => pick(random, [" ", "\n", "\t", "\r\n"]));

function element(random: Random, depth: number, root: boolean): string {
  const prefix = random() < 0.6 ? `${pick(random, PREFIXES)}:` : "";
  const name = prefix + pick(random, LOCALS);
  const names = new Set<string>();
  let attributes = "";
  if (root || random() < 0.1) {
    for (const declared of PREFIXES) if (random() < 0.7) names.add(`xmlns:${declared}`);
    if (random() < 0.3) names.add("xmlns");
  }
  for (let count = Math.floor(random() * 4); count > 0; count--) names.add((random() < 0.7 ? `${pick(random, PREFIXES)}:` : "") + pick(random, ["val", "id", "rsidR", "space", "b"]));
  for (const attribute of names) {
    const quote = random() < 0.8 ? '"' : "'";
    const value = attribute.startsWith("xmlns") ? `urn:${pick(random, PREFIXES)}` : attributeValue(random, quote);
    attributes += `${pick(random, [" ", "\n", "\t", "  "])}${attribute}${pick(random, ["=", " = ", "\n="])}${quote}${value}${quote}`;
  }
  attributes += pick(random, ["", "", " ", "\n"]);
  if (depth >= 4 || random() < 0.2) return `<${name}${attributes}/>`;
  const content = some(random, 5, () => {
    const roll = random();
    if (roll < 0.45) return element(random, depth + 1, false);
    if (roll < 0.75) return text(random);
    if (roll < 0.85) return cdata(random);
    if (roll < 0.93) return comment(random);
    return instruction(random);
  });
  return `<${name}${attributes}>${content}</${name}${pick(random, ["", "", " ", "\n"])}>`;
}

function document(random: Random): string {
  const declaration = random() < 0.7 ? pick(random, ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', "<?xml version='1.0'?>"]) : "";
  const misc = () => some(random, 2, () => pick(random, [space(random), comment(random), instruction(random)]));
  return declaration + pick(random, ["", "\r\n", "\n"]) + misc() + element(random, 0, true) + misc();
}

const BREAKERS = ["<", ">", "&", "]]>", '"', "'", "/", "--", "=", "\u0001", "&nbsp;", "&#0;", "<b>", "</b>", "<b/>", "<!", "<?", "?>", " ", "x"];

/** The document broken once: a character (never half a surrogate pair) dropped or swapped, something inserted or added at the end, or the end cut off. */
function broken(random: Random, xml: string): string {
  const characters = Array.from(xml);
  const at = Math.floor(random() * characters.length);
  const roll = random();
  if (roll < 0.3) characters.splice(at, 1);
  else if (roll < 0.7) characters.splice(at, 0, pick(random, BREAKERS));
  else if (roll < 0.8) characters.splice(at, 1, pick(random, BREAKERS));
  else if (roll < 0.9) characters.push(pick(random, BREAKERS));
  else characters.length = at;
  return characters.join("");
}

function chunks(random: Random, xml: string): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < xml.length; ) {
    const size = 1 + Math.floor(random() * (random() < 0.5 ? 4 : 40));
    pieces.push(xml.slice(at, at + size));
    at += size;
  }
  return pieces;
}

type Outcome = { wellFormed: true; events: string[] } | { wellFormed: false };

/** Elements, attributes and text as handlers see them: text between tags joined, and only inside the root (saxes reports white space outside it too). */
class Recorder {
  readonly events: string[] = [];
  private depth = 0;
  private text = "";
  private sawText = false;

  open(name: string, attributes: Record<string, string>): void {
    this.flush();
    this.depth++;
    this.events.push(`<${name} ${JSON.stringify(Object.entries(attributes))}>`);
  }

  close(name: string): void {
    this.flush();
    this.depth--;
    this.events.push(`</${name}>`);
  }

  addText(text: string): void {
    if (this.depth === 0) return;
    this.text += text;
    this.sawText = true;
  }

  private flush(): void {
    if (this.sawText) this.events.push(JSON.stringify(this.text));
    this.text = "";
    this.sawText = false;
  }
}

function bySaxes(pieces: string[]): Outcome {
  const recorder = new Recorder();
  const parser = new SaxesParser({});
  parser.on("opentag", (tag) => recorder.open(tag.name, tag.attributes as Record<string, string>));
  parser.on("closetag", (tag) => recorder.close(tag.name));
  parser.on("text", (text) => recorder.addText(text));
  parser.on("cdata", (text) => recorder.addText(text));
  parser.on("doctype", () => {
    throw new Error("DOCTYPE");
  });
  try {
    for (const piece of pieces) parser.write(piece);
    parser.close();
  } catch {
    return { wellFormed: false };
  }
  return { wellFormed: true, events: recorder.events };
}

function byScanner(pieces: string[]): Outcome {
  const recorder = new Recorder();
  const scanner = new XmlScanner({
    open: (name, attributes) => recorder.open(name, attributes),
    close: (name) => recorder.close(name),
    text: (text) => recorder.addText(text),
    doctype: () => {
      throw new Error("DOCTYPE");
    },
  });
  try {
    for (const piece of pieces) scanner.write(piece);
    scanner.end();
  } catch {
    return { wellFormed: false };
  }
  return { wellFormed: true, events: recorder.events };
}

describe("the XML scanner against saxes on random documents cut into random chunks", () => {
  const random = seeded(20261127);
  const cases = Array.from({ length: 600 }, (_, index) => {
    const xml = document(random);
    return index % 2 === 0 ? xml : broken(random, xml);
  });

  it("builds documents saxes finds well-formed, and breaks most of them", () => {
    const wellFormed = (parity: number) => cases.filter((xml, index) => index % 2 === parity && bySaxes([xml]).wellFormed).length;
    expect(wellFormed(0)).toBe(cases.length / 2);
    expect(wellFormed(1)).toBeGreaterThan(cases.length / 20);
    expect(wellFormed(1)).toBeLessThan(cases.length / 4);
  });

  it("agrees on every document, in one piece and in random chunks", () => {
    for (const xml of cases) {
      const expected = bySaxes([xml]);
      expect({ xml, outcome: byScanner([xml]) }).toEqual({ xml, outcome: expected });
      for (let cut = 0; cut < 3; cut++) {
        const pieces = chunks(random, xml);
        expect({ xml, pieces, outcome: byScanner(pieces) }).toEqual({ xml, pieces, outcome: bySaxes(pieces) });
      }
    }
  });

  it.each([
    ["white space in attribute values", '<a b="1\t2\n3\r4\r\n5" c="&#9;&#10;&#13;"/>'],
    ["line ends in text and CDATA", "<a>1\r\n2\r3<![CDATA[4\r\n5\r]]>\r</a>"],
    ["references everywhere", "<a b='&lt;&amp;&#x1F600;'>&quot;&apos;&#65;</a>"],
    ["misc around the root", '<?xml version="1.0"?>\r\n<!--c--><?p x?><a/>\n<!--d-->'],
  ])("agrees on %s", (_case, xml) => {
    const expected = bySaxes([xml]);
    expect(expected.wellFormed).toBe(true);
    expect(byScanner([xml])).toEqual(expected);
    for (let size = 1; size < xml.length; size++) {
      const pieces = xml.match(new RegExp(`[^]{1,${size}}`, "g"))!;
      expect(byScanner(pieces)).toEqual(bySaxes(pieces));
    }
  });
});
