import { DEFAULT_WORK_LIMITS } from "../../src/docx/limits";
import { parsePart } from "../../src/docx/xml";
import type { XmlHandler, XmlTag } from "../../src/docx/xml";
import { XmlScanner } from "../../src/docx/xml-scanner";
import type { ZipPackage } from "../../src/docx/zip";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Scans `xml` fed in pieces of `size` characters; a run of text cut by the pieces comes back joined. */
function scan(xml: string, size = Math.max(xml.length, 1)): Event[] {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => events.push(["open", name, { ...attributes }]),
    close: (name) => events.push(["close", name]),
    text: (text) => {
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += text;
      else events.push(["text", text]);
    },
    doctype: () => {},
  });
  for (let at = 0; at < xml.length; at += size) scanner.write(xml.slice(at, at + size));
  scanner.end();
  return events;
}

/** Every way of cutting `xml` into equal pieces, down to one character at a time. */
const sizes = (xml: string) => Array.from({ length: Math.max(xml.length, 1) }, (_, index) => index + 1);

/** A part as the package streams it: UTF-8 bytes in pieces of `size`. */
function packageOf(xml: string, size = 65_536): ZipPackage {
  const bytes = new TextEncoder().encode(xml);
  return {
    stream: async (_name: string, onChunk: (chunk: Uint8Array) => void) => {
      for (let at = 0; at < bytes.length; at += size) onChunk(bytes.subarray(at, at + size));
    },
  } as unknown as ZipPackage;
}

const ignore: XmlHandler = { open() {}, close() {}, text() {} };

async function refusal(xml: string, size?: number, handler = ignore, limits = DEFAULT_WORK_LIMITS): Promise<string> {
  try {
    await parsePart(packageOf(xml, size), "word/document.xml", handler, undefined, limits);
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
}

const damaged = (reason: string) => `is damaged: word/document.xml is not well-formed XML (${reason})`;

describe("documents that are not well-formed XML are refused, saying why", () => {
  it.each([
    ["an empty part", "", "it has no root element"],
    ["white space only", " \n\t ", "it has no root element"],
    ["a declaration and a comment but no element", '<?xml version="1.0"?><!-- nothing -->', "it has no root element"],
    ["mismatched tags", "<a><b></a></b>", "the end tag </a> does not match <b>"],
    ["an end tag with nothing open", "<a/></a>", "it has an end tag </a> with no element open"],
    ["an element left open at the end", "<a><b></b>", "it ends before <a> is closed"],
    ["a second root element", "<a/><b/>", "it has a second root element, <b>"],
    ["text after the root element", "<a/>x", "it has text after the root element"],
    ["text before the root element", "x<a/>", "it has text before the root element"],
    ["a reference outside the root element", "&amp;<a/>", "it has text before the root element"],
    ["a CDATA section outside the root element", "<![CDATA[x]]><a/>", "it has a CDATA section outside the root element"],
    ["< inside an attribute value", '<a b="x<y"/>', "the value of the attribute b of <a> holds a <"],
    ["an attribute value without quotes", "<a b=c/>", "the value of the attribute b of <a> is not in quotes"],
    ["an attribute without a value", "<a b/>", "the attribute b of <a> has no value"],
    ["the same attribute twice", '<a b="1" b="2"/>', "the tag <a> has the attribute b twice"],
    ["attributes run together", '<a b="1"c="2"/>', "the tag <a> has no white space before an attribute"],
    ["a / not closing the tag", "<a/ >", "the tag <a> has a / not followed by >"],
    ["an unknown entity in text", "<a>&nbsp;</a>", "it uses an entity XML does not define: &nbsp;"],
    ["an unknown entity in an attribute", '<a b="&copy;"/>', "it uses an entity XML does not define: &copy;"],
    ["a bare &", "<a>fish & chips</a>", "an & does not begin a reference ending in ;"],
    ["& with nothing before ;", "<a>&;</a>", "an & is followed directly by ;"],
    ["a reference to U+0000", "<a>&#0;</a>", "the character reference &#0; stands for a character XML does not allow"],
    ["a reference to a C0 control", "<a>&#x1B;</a>", "the character reference &#x1B; stands for a character XML does not allow"],
    ["a reference to U+FFFE", "<a>&#xFFFE;</a>", "the character reference &#xFFFE; stands for a character XML does not allow"],
    ["a reference to a surrogate", '<a b="&#xD800;"/>', "the character reference &#xD800; stands for a character XML does not allow"],
    ["a reference past U+10FFFF", "<a>&#x110000;</a>", "the character reference &#x110000; stands for a character XML does not allow"],
    ["a reference without digits", "<a>&#x;</a>", "the character reference &#x; has no digits"],
    ["a decimal reference with a letter", "<a>&#12a;</a>", "&#12a; is not a character reference"],
    ["a hexadecimal reference written &#X", "<a>&#X41;</a>", "&#X41; is not a character reference"],
    ["a raw control character", "<a>\u0001</a>", "it holds the character U+0001, which XML does not allow"],
    ["a raw U+FFFF", "<a>\uffff</a>", "it holds the character U+FFFF, which XML does not allow"],
    ["a comment not closed", "<a/><!-- x", "a comment is not closed with -->"],
    ["-- inside a comment", "<a/><!-- x -- y -->", "a comment holds --, which only ends one"],
    ["a comment ending --->", "<a/><!-- x --->", "a comment holds --, which only ends one"],
    ["a CDATA section not closed", "<a><![CDATA[x]]</a>", "a CDATA section is not closed with ]]>"],
    ["a processing instruction not closed", "<a/><?pi x", "a processing instruction is not closed with ?>"],
    ["a processing instruction without a target", "<a/><? x?>", "it has a processing instruction with no target name"],
    ["an XML declaration after the start", ' <?xml version="1.0"?><a/>', "it has an XML declaration that is not at the very start"],
    ["a processing instruction named XML", "<a><?XML x?></a>", "it has an XML declaration that is not at the very start"],
    ["an XML declaration without a version", '<?xml encoding="UTF-8"?><a/>', "the XML declaration is malformed"],
    ["an XML declaration of version 2.0", '<?xml version="2.0"?><a/>', "the XML declaration is malformed"],
    ["an XML declaration not closed", '<?xml version="1.0"', "the XML declaration is not closed with ?>"],
    ["]]> in text", "<a>x]]>y</a>", "its text holds ]]>, which only ends a CDATA section"],
    ["a tag cut off at the end", '<a><b c="1"', "it ends inside a tag"],
    ["a reference cut off at the end", "<a>&am", "it ends inside a reference"],
    ["< followed by a space", "<a>< b</a>", "it has a < that begins no tag"],
    ["<! that is neither comment nor CDATA", "<a><!ELEMENT x></a>", "it has <! that begins no comment or CDATA section"],
    ["an end tag without a name", "<a></></a>", "it has an end tag with no name"],
    ["an end tag with more than a name", '<a></a b="1">', "the end tag </a> holds more than a name"],
    ["< inside a tag", "<a <b/>", "the tag <a> holds a character that begins no attribute name"],
  ])("%s", async (_case, xml, reason) => {
    for (const size of sizes(xml)) expect([size, await refusal(xml, size)]).toEqual([size, damaged(reason)]);
  });

  it("refuses half a surrogate pair, which only a scanner given text rather than bytes can meet", () => {
    for (const xml of ['<a b="\udc00"/>', "<a>\ud800x</a>", "<a/>\ud800"]) {
      const half = xml.match(/[\ud800-\udfff]/)![0].charCodeAt(0).toString(16).toUpperCase();
      for (const size of sizes(xml)) expect(() => scan(xml, size)).toThrow(`it holds the character U+${half}, which XML does not allow`);
    }
  });

  it("reads a reference cut by chunks however long, keeping only a few characters of it between them", () => {
    const zeros = "0".repeat(100);
    for (const size of [1, 7, 50]) {
      expect(scan(`<a>&#${zeros}65;&#x${zeros}42;</a>`, size)).toEqual([["open", "a", {}], ["text", "AB"], ["close", "a"]]);
      expect(() => scan(`<a>&#x${zeros}110000;</a>`, size)).toThrow("stands for a character XML does not allow");
      expect(() => scan(`<a>&#${zeros}123456789012;</a>`, size)).toThrow(/the character reference &#(0*123456789012; stands for a character XML does not allow|12345678… is too large to be a character)/);
    }
    const name = "x".repeat(40);
    expect(() => scan(`<a>&${name};</a>`)).toThrow(`it uses an entity XML does not define: &${name};`);
    expect(() => scan(`<a>&${name};</a>`, 10)).toThrow(`it uses an entity XML does not define: &${name.slice(0, 32)}…`);
  });

  it("refuses a DOCTYPE as before, wherever the part is cut", async () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>';
    for (const size of sizes(xml)) {
      expect(await refusal(xml, size)).toBe("is not a safe Word document: word/document.xml contains a DOCTYPE declaration, which Word never writes");
    }
  });

  it("keeps the caps on elements, depth, namespace declarations and characters between tags", async () => {
    const capped = (caps: Partial<typeof DEFAULT_WORK_LIMITS>) => ({ ...DEFAULT_WORK_LIMITS, ...caps });
    expect(await refusal("<a><b/><c/><d/></a>", 3, ignore, capped({ maxElements: 3 }))).toBe("is too large to check: word/document.xml holds more than 3 elements");
    expect(await refusal("<a><b><c/></b></a>", 3, ignore, capped({ maxDepth: 2 }))).toBe(
      "is not a safe Word document: word/document.xml nests elements more than 2 deep",
    );
    expect(await refusal('<a xmlns="1" xmlns:b="2" xmlns:c="3"/>', 3, ignore, capped({ maxNamespaceDeclarations: 2 }))).toBe(
      "is not a safe Word document: an element of word/document.xml declares more than 2 namespaces",
    );
    expect(await refusal('<a xmlns="1" xmlns:b="2"/>', 3, ignore, capped({ maxNamespaceDeclarations: 2 }))).toBe("accepted");
    expect(await refusal('<a b="0123456789"/>', 3, ignore, capped({ maxCharsBetweenTags: 10 }))).toBe(
      "is too large to check: word/document.xml runs more than 10 characters between two tags",
    );
  });
});

describe("what the scanner reads out of well-formed XML", () => {
  it.each([
    ["the five entities in text", "<a>&lt;&gt;&amp;&apos;&quot;</a>", [["open", "a", {}], ["text", "<>&'\""], ["close", "a"]]],
    ["decimal and hexadecimal references", "<a>&#65;&#x42;&#x1F600;&#0000067;</a>", [["open", "a", {}], ["text", "AB😀C"], ["close", "a"]]],
    ["CRLF and a lone CR in text become LF", "<a>1\r\n2\r3\n4</a>", [["open", "a", {}], ["text", "1\n2\n3\n4"], ["close", "a"]]],
    ["a referenced CR stays a CR", "<a>1&#13;&#10;2</a>", [["open", "a", {}], ["text", "1\r\n2"], ["close", "a"]]],
    ["CDATA as text, markup and all", "<a>x<![CDATA[<b>&amp;]]]]>y</a>", [["open", "a", {}], ["text", "x<b>&amp;]]y"], ["close", "a"]]],
    ["CDATA line ends normalised", "<a><![CDATA[1\r\n2]]></a>", [["open", "a", {}], ["text", "1\n2"], ["close", "a"]]],
    ["an empty CDATA section still counts as text", "<a><![CDATA[]]></a>", [["open", "a", {}], ["text", ""], ["close", "a"]]],
    ["comments and processing instructions dropped", "<a>x<!-- <b> -->y<?pi <c> ?>z</a>", [["open", "a", {}], ["text", "xyz"], ["close", "a"]]],
    ["> and ]] alone are text", "<a>a > b ]] c ]</a>", [["open", "a", {}], ["text", "a > b ]] c ]"], ["close", "a"]]],
    [
      "the XML declaration, a byte-order mark and misc around the root skipped",
      '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- c --><?pi?> <a/> <!-- d -->\n',
      [["open", "a", {}], ["close", "a"]],
    ],
    [
      "tab, LF, CR and CRLF in an attribute value become one space each",
      '<a b="1\t2\n3\r4\r\n5"/>',
      [["open", "a", { b: "1 2 3 4 5" }], ["close", "a"]],
    ],
    [
      "referenced white space in an attribute value is kept",
      "<a b='1&#9;2&#10;3&#13;4 &amp; &lt; &quot;'/>",
      [["open", "a", { b: "1\t2\n3\r4 & < \"" }], ["close", "a"]],
    ],
    [
      "> and the other quote in attribute values",
      `<a b="'>'" c='">"'/>`,
      [["open", "a", { b: "'>'", c: '">"' }], ["close", "a"]],
    ],
    [
      "white space around = and before >",
      '<w:p\n  w:val = "x"\t xmlns:w="u" ></w:p >',
      [["open", "w:p", { "w:val": "x", "xmlns:w": "u" }], ["close", "w:p"]],
    ],
    [
      "attributes named after Object.prototype's members",
      '<a constructor="1" __proto__="2" toString="3"/>',
      // JSON.parse, because "__proto__" in an object literal sets the prototype instead.
      [["open", "a", JSON.parse('{ "constructor": "1", "__proto__": "2", "toString": "3" }')], ["close", "a"]],
    ],
    ["names beyond ASCII", "<é·a 𐀀b='1'>x</é·a>", [["open", "é·a", { "𐀀b": "1" }], ["text", "x"], ["close", "é·a"]]],
  ] as [string, string, Event[]][])("%s, wherever the text is cut", (_case, xml, events) => {
    for (const size of sizes(xml)) expect([size, scan(xml, size)]).toEqual([size, events]);
  });

  it("passes the attribute named __proto__ as an attribute of its own", () => {
    const [[, , attributes]] = scan('<a __proto__="x"/>') as ["open", string, Record<string, string>][];
    expect(Object.keys(attributes)).toEqual(["__proto__"]);
  });

  it("follows XML 1.1's line ends when the declaration asks for 1.1", () => {
    expect(scan('<?xml version="1.1"?><a b="1\u00852">1\u20282\r\u00853</a>')).toEqual([["open", "a", { b: "1 2" }], ["text", "1\n2\n3"], ["close", "a"]]);
  });

  it("hands a resolved tag to the handler, with its attributes when it opens and closes", async () => {
    const seen: string[] = [];
    const record = (what: string) => (tag: XmlTag) => seen.push(`${what} ${tag.prefix}|${tag.local}|${tag.word}|${JSON.stringify(tag.attributes)}`);
    const handler: XmlHandler = {
      open: record("open"),
      close: record("close"),
      text: (text) => (seen[seen.length - 1].startsWith("text ") ? (seen[seen.length - 1] += text) : seen.push(`text ${text}`)),
    };
    const xml = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t w:val="1">a&amp;b</w:t></w:document>';
    await parsePart(packageOf(xml, 7), "word/document.xml", handler);
    const root = '{"xmlns:w":"http://schemas.openxmlformats.org/wordprocessingml/2006/main"}';
    expect(seen).toEqual([`open w|document|true|${root}`, 'open w|t|true|{"w:val":"1"}', "text a&b", 'close w|t|true|{"w:val":"1"}', `close w|document|true|${root}`]);
  });
});
