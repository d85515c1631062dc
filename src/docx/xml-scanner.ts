/**
 * A streaming XML 1.0 tokenizer for the parts of a Word package: it checks well-formedness but validates
 * nothing and reads no DTD. Text arrives in chunks cut anywhere; the scanner keeps only what it cannot
 * finish yet (a few characters of markup, or a tag or processing instruction that runs on into the next
 * chunk) and scans with indexOf and charCodeAt over the chunk, so its cost follows the text and not the
 * number of chunks. Its output matches saxes (non-namespace mode) for every well-formed document:
 * line ends normalised to LF, white space in attribute values to spaces, the five predefined entities
 * and character references decoded, CDATA as text, comments and processing instructions dropped.
 */

export interface XmlScanHandler {
  /**
   * `attributes` is a fresh object keyed by qualified name, with nothing inherited (an attribute may be
   * called "constructor"). `declares`: whether any attribute's name begins "xmlns".
   */
  open(name: string, attributes: Record<string, string>, declares: boolean): void;
  /** The element's own attributes come back with it. */
  close(name: string, attributes: Record<string, string>): void;
  /** Character data inside the root element; one run of it may arrive in several pieces, never as "" unless from an empty CDATA section. */
  text(text: string): void;
  /** A DOCTYPE begins. The scanner reads no DTD, so it refuses the document if the handler has not. */
  doctype(): void;
}

/** The document is not well-formed XML; the message says why in plain words. */
export class XmlSyntaxError extends Error {}

const LT = 60;
const GT = 62;
const AMP = 38;
const SEMICOLON = 59;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const HASH = 35;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const NAME_START = 1;
const NAME_CHAR = 2;
/** ASCII characters by what they may be in an XML name ("Name" of XML 1.0 fifth edition; the colon included). */
const ASCII_NAME = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[a-z_:]/i.test(char)) ASCII_NAME[code] = NAME_START | NAME_CHAR;
  else if (/[-.0-9]/.test(char)) ASCII_NAME[code] = NAME_CHAR;
}

/** NameStartChar above ASCII, code units of the Basic Multilingual Plane (astral names are handled by their surrogates). */
function isWideNameStart(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    (code >= 0x200c && code <= 0x200d) ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd)
  );
}

function isWideNameChar(code: number): boolean {
  return isWideNameStart(code) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

/** A high surrogate of U+10000 to U+EFFFF, which XML allows in names; its low surrogate is always there (see `forbiddenAt`). */
function isAstralNameSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdb7f;
}

function isNameStartAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (ASCII_NAME[code] & NAME_START) !== 0;
  return isWideNameStart(code) || isAstralNameSurrogate(code);
}

/** The index of the first character from `index` that cannot continue a name, or `end`. */
function nameEnd(text: string, index: number, end: number): number {
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      if ((ASCII_NAME[code] & NAME_CHAR) === 0) return index;
    } else if (isAstralNameSurrogate(code)) {
      index++;
    } else if (!isWideNameChar(code)) {
      return index;
    }
  }
  return end;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === LF || code === TAB || code === CR;
}

function skipSpaces(text: string, index: number, end: number): number {
  while (index < end && isSpace(text.charCodeAt(index))) index++;
  return index;
}

/** Characters XML 1.0 forbids anywhere (C0 controls other than tab and line ends, U+FFFE, U+FFFF), and every surrogate. */
const FORBIDDEN_10 = /[\0-\x08\v\f\x0e-\x1f\ud800-\udfff\ufffe\uffff]/g;
/** XML 1.1 forbids the C1 controls written raw as well, NEL apart (it ends a line there). */
const FORBIDDEN_11 = /[\0-\x08\v\f\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/g;

/** The index of the first character XML does not allow, or -1; a surrogate is allowed only as half of a pair. */
function forbiddenAt(text: string, xml11: boolean): number {
  const pattern = xml11 ? FORBIDDEN_11 : FORBIDDEN_10;
  pattern.lastIndex = 0;
  while (pattern.test(text)) {
    const index = pattern.lastIndex - 1;
    const code = text.charCodeAt(index);
    if (code < 0xd800 || code > 0xdbff) return index;
    const next = text.charCodeAt(index + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return index;
    pattern.lastIndex = index + 2;
  }
  return -1;
}

function forbidden(code: number): XmlSyntaxError {
  return new XmlSyntaxError(`it holds the character U+${code.toString(16).toUpperCase().padStart(4, "0")}, which XML does not allow`);
}

function isXmlChar(code: number, xml11: boolean): boolean {
  if (code < 0x20) return code === TAB || code === LF || code === CR || (xml11 && code > 0);
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** What `&` + text.slice(from, to) + `;` stands for. */
function referenceValue(text: string, from: number, to: number, xml11: boolean): string {
  if (text.charCodeAt(from) === HASH) {
    const hex = text.charCodeAt(from + 1) === 120;
    let index = hex ? from + 2 : from + 1;
    if (index === to) throw new XmlSyntaxError(`the character reference &${text.slice(from, to)}; has no digits`);
    let code = 0;
    for (; index < to; index++) {
      const digit = hex ? hexValue(text.charCodeAt(index)) : text.charCodeAt(index) - 48;
      if (digit < 0 || digit > (hex ? 15 : 9)) {
        throw new XmlSyntaxError(`&${text.slice(from, to)}; is not a character reference`);
      }
      // Past the last code point the value no longer matters, only that it is too large.
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + digit;
    }
    if (!isXmlChar(code, xml11)) {
      throw new XmlSyntaxError(`the character reference &${text.slice(from, to)}; stands for a character XML does not allow`);
    }
    return String.fromCodePoint(code);
  }
  switch (to - from) {
    case 2:
      if (text.startsWith("lt", from)) return "<";
      if (text.startsWith("gt", from)) return ">";
      break;
    case 3:
      if (text.startsWith("amp", from)) return "&";
      break;
    case 4:
      if (text.startsWith("quot", from)) return '"';
      if (text.startsWith("apos", from)) return "'";
      break;
    case 0:
      throw new XmlSyntaxError("an & is followed directly by ;");
  }
  throw new XmlSyntaxError(`it uses an entity XML does not define: &${text.slice(from, to)};`);
}

/**
 * The index of the ";" that ends the reference whose name begins at `index`, or -1 if `end` comes first.
 * XML names never hold "&", "<", quotes or white space, so meeting one means the "&" started no reference.
 */
function referenceEnd(text: string, index: number, end: number): number {
  for (; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === SEMICOLON) return index;
    if (code < 128 ? (ASCII_NAME[code] & NAME_CHAR) === 0 && code !== HASH : !isWideNameChar(code) && !isAstralNameSurrogate(code)) {
      throw new XmlSyntaxError("an & does not begin a reference ending in ;");
    }
  }
  return -1;
}

/** Decodes the references in an attribute value. */
function decodeReferences(text: string, xml11: boolean): string {
  let decoded = "";
  let from = 0;
  for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
    const semicolon = referenceEnd(text, amp + 1, text.length);
    if (semicolon < 0) throw new XmlSyntaxError("an & does not begin a reference ending in ;");
    decoded += text.slice(from, amp) + referenceValue(text, amp + 1, semicolon, xml11);
    from = semicolon + 1;
  }
  return decoded + text.slice(from);
}

/** Longest entity name kept whole when a chunk cuts it; XML defines none longer than four characters. */
const MAX_CUT_ENTITY = 32;

/**
 * A reference cut off by the end of a chunk, kept short: leading zeros of a character reference do not
 * change it, and a longer remainder can be no reference XML allows.
 */
function shortenReference(partial: string): string {
  if (partial.charCodeAt(1) !== HASH) {
    if (partial.length > MAX_CUT_ENTITY + 1) throw new XmlSyntaxError(`it uses an entity XML does not define: ${partial.slice(0, MAX_CUT_ENTITY + 1)}…`);
    return partial;
  }
  const prefix = partial.charCodeAt(2) === 120 ? "&#x" : "&#";
  let digits = partial.slice(prefix.length);
  let zeros = 0;
  while (zeros < digits.length - 1 && digits.charCodeAt(zeros) === 48) zeros++;
  digits = digits.slice(zeros);
  if (digits.length > 8) throw new XmlSyntaxError(`the character reference ${prefix}${digits.slice(0, 8)}… is too large to be a character`);
  return prefix + digits;
}

/** Attribute-value normalisation of XML 1.0 §3.3.3 for CDATA attributes: each raw tab or line end becomes a space. */
function normaliseAttribute(value: string): string {
  return value.replace(/[\t\n]/g, " ");
}

/**
 * An XML declaration as saxes accepts it: version 1.x, then optionally an encoding name and standalone.
 * The encoding named is not used: the bytes were decoded before they got here.
 */
const DECLARATION =
  /^<\?xml[\t\n\r ]+version[\t\n\r ]*=[\t\n\r ]*(?:"(1\.\d+)"|'(1\.\d+)')(?:[\t\n\r ]+encoding[\t\n\r ]*=[\t\n\r ]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[\t\n\r ]+standalone[\t\n\r ]*=[\t\n\r ]*(?:"(?:yes|no)"|'(?:yes|no)'))?[\t\n\r ]*\?>/;
/** Longest XML declaration read; Word's is 55 characters. */
const MAX_DECLARATION = 1024;

/**
 * Attribute maps: nothing inherited, as with Object.create(null), but made by a constructor so that V8
 * keeps them in fast mode (hidden classes shared by elements with the same attributes) rather than as
 * hash tables, which costs a third of the time of reading a tag.
 */
const Attributes = function () {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null);

/** Where the scanner is between chunks. */
const CONTENT = 0;
const IN_COMMENT = 1;
const IN_CDATA = 2;
const IN_TAG = 3;
const IN_PI = 4;

const BOM = 0xfeff;

export class XmlScanner {
  /** Until the first markup is known not to be an XML declaration, the document's opening characters. */
  private opening: string | undefined = "";
  private begun = false;
  private xml11 = false;
  /** A trailing CR (it may begin CR LF) or high surrogate, held for the next chunk. */
  private carry = "";
  /** Unfinished characters that go in front of the next chunk: a few at most, never a whole construct. */
  private tail = "";
  private state = CONTENT;
  /** A tag or processing instruction running on over chunks, kept whole until its end arrives. */
  private pieces: string[] = [];
  /** For a tag in `pieces`: the quote inside whose value it stopped, or 0. For a PI: whether it stopped after "?". */
  private pieceState = 0;
  /** Character data read since the last markup. */
  private data = "";
  /** Whether character data was read since the last markup; an empty CDATA section counts, as saxes reports it. */
  private textPending = false;
  private readonly names: string[] = [];
  private readonly attributeStack: Record<string, string>[] = [];
  private sawRoot = false;
  private rootClosed = false;
  /** The next "&" and "]]>" at or after where the current chunk is being read (its length if none). */
  private nextAmp = -1;
  private nextCdataEnd = -1;

  constructor(private readonly handler: XmlScanHandler) {}

  write(chunk: string): void {
    if (this.opening !== undefined) {
      const opened = this.readOpening(chunk);
      if (opened === undefined) return;
      chunk = opened;
    }
    chunk = this.prepare(chunk);
    const text = this.tail.length > 0 ? this.tail + chunk : chunk;
    this.tail = "";
    this.nextAmp = -1;
    this.nextCdataEnd = -1;
    let index = 0;
    switch (this.state) {
      case IN_COMMENT:
        index = this.comment(text, 0);
        break;
      case IN_CDATA:
        index = this.cdata(text, 0);
        break;
      case IN_TAG:
      case IN_PI:
        index = this.resume(text);
        break;
    }
    if (index >= 0) this.content(text, index);
  }

  end(): void {
    if (this.opening !== undefined) {
      const opening = this.opening;
      this.opening = undefined;
      if (opening.startsWith("<?xml")) throw new XmlSyntaxError("the XML declaration is not closed with ?>");
      this.write(opening);
    }
    if (this.carry.length > 0) {
      const carried = this.carry;
      this.carry = "";
      if (carried.charCodeAt(0) !== CR) throw forbidden(carried.charCodeAt(0));
      this.write("\n");
    }
    switch (this.state) {
      case IN_COMMENT:
        throw new XmlSyntaxError("a comment is not closed with -->");
      case IN_CDATA:
        throw new XmlSyntaxError("a CDATA section is not closed with ]]>");
      case IN_TAG:
        throw new XmlSyntaxError("it ends inside a tag");
      case IN_PI:
        throw new XmlSyntaxError("a processing instruction is not closed with ?>");
    }
    // A "]" held back from the end of some text means an element is still open, which is reported below.
    const held = this.tail.charCodeAt(0);
    if (held === LT) throw new XmlSyntaxError("it ends inside a tag");
    if (held === AMP) throw new XmlSyntaxError("it ends inside a reference");
    if (!this.sawRoot) throw new XmlSyntaxError("it has no root element");
    if (this.names.length > 0) throw new XmlSyntaxError(`it ends before <${this.names[this.names.length - 1]}> is closed`);
  }

  /**
   * Holds the document's opening characters until it is clear whether they are an XML declaration, and
   * reads it: a declared version other than 1.0 changes which characters are allowed and what ends a
   * line, as in saxes. Returns what is left to scan once that is settled.
   */
  private readOpening(chunk: string): string | undefined {
    let opening = this.opening + chunk;
    // TextDecoder has dropped one byte-order mark already; saxes drops one more, as must this.
    if (!this.begun && opening.length > 0) {
      this.begun = true;
      if (opening.charCodeAt(0) === BOM) opening = opening.slice(1);
    }
    const prefix = "<?xml";
    if (opening.length <= prefix.length && prefix.startsWith(opening)) {
      this.opening = opening;
      return undefined;
    }
    if (!opening.startsWith(prefix) || !(isSpace(opening.charCodeAt(5)) || opening.charCodeAt(5) === QUESTION)) {
      this.opening = undefined;
      return opening;
    }
    const close = opening.indexOf("?>");
    if (close < 0) {
      if (opening.length > MAX_DECLARATION) throw new XmlSyntaxError("the XML declaration is not closed with ?>");
      this.opening = opening;
      return undefined;
    }
    const declaration = DECLARATION.exec(opening.slice(0, close + 2));
    if (!declaration) throw new XmlSyntaxError("the XML declaration is malformed");
    this.xml11 = (declaration[1] ?? declaration[2]) !== "1.0";
    this.opening = undefined;
    return opening.slice(close + 2);
  }

  /** End-of-line handling (XML 1.0 §2.11, 1.1 §2.11) and the character check, over one whole chunk. */
  private prepare(chunk: string): string {
    if (this.carry.length > 0) {
      chunk = this.carry + chunk;
      this.carry = "";
    }
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last === CR || (last >= 0xd800 && last <= 0xdbff)) {
      this.carry = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (this.xml11) {
      if (/[\r\x85\u2028]/.test(chunk)) chunk = chunk.replace(/\r[\n\x85]?|[\x85\u2028]/g, "\n");
    } else if (chunk.includes("\r")) {
      chunk = chunk.replace(/\r\n?/g, "\n");
    }
    const at = forbiddenAt(chunk, this.xml11);
    if (at >= 0) throw forbidden(chunk.charCodeAt(at));
    return chunk;
  }

  /** Reads character data and markup from `index` to the end of `text`. */
  private content(text: string, index: number): void {
    const length = text.length;
    while (index < length) {
      const lt = text.indexOf("<", index);
      if (lt < 0) {
        const kept = this.characters(text, index, length, true);
        if (kept < length) this.tail = text.charCodeAt(kept) === AMP ? shortenReference(text.slice(kept)) : text.slice(kept);
        return;
      }
      if (lt > index) this.characters(text, index, lt, false);
      if (this.textPending) this.flushText();
      index = this.markup(text, lt);
      if (index < 0) return;
    }
  }

  private flushText(): void {
    const data = this.data;
    this.data = "";
    this.textPending = false;
    this.handler.text(data);
  }

  /**
   * Character data text.slice(from, to). At the end of a chunk, returns where to stop instead so that
   * an unfinished reference, or "]" that may begin "]]>", is read again with the next chunk.
   */
  private characters(text: string, from: number, to: number, atEnd: boolean): number {
    if (this.names.length === 0) {
      for (let index = from; index < to; index++) {
        if (!isSpace(text.charCodeAt(index))) {
          throw new XmlSyntaxError(this.sawRoot ? "it has text after the root element" : "it has text before the root element");
        }
      }
      return to;
    }
    if (this.nextCdataEnd < from) this.nextCdataEnd = indexOrLength(text, "]]>", from);
    if (this.nextCdataEnd < to) throw new XmlSyntaxError("its text holds ]]>, which only ends a CDATA section");
    let end = to;
    if (atEnd) {
      while (end > from && end > to - 2 && text.charCodeAt(end - 1) === 93) end--;
    }
    let index = from;
    for (;;) {
      if (this.nextAmp < index) this.nextAmp = indexOrLength(text, "&", index);
      const amp = this.nextAmp;
      if (amp >= end) {
        if (end > index) this.addText(text.slice(index, end));
        return end;
      }
      if (amp > index) this.addText(text.slice(index, amp));
      const semicolon = referenceEnd(text, amp + 1, end);
      if (semicolon < 0) {
        if (atEnd) return amp;
        throw new XmlSyntaxError("an & does not begin a reference ending in ;");
      }
      this.addText(referenceValue(text, amp + 1, semicolon, this.xml11));
      index = semicolon + 1;
    }
  }

  private addText(text: string): void {
    this.data += text;
    this.textPending = true;
  }

  /** Reads the markup that begins at `lt`; returns the index after it, or -1 when it runs past the chunk. */
  private markup(text: string, lt: number): number {
    const length = text.length;
    if (lt + 1 >= length) return this.keep(text, lt);
    const next = text.charCodeAt(lt + 1);
    if (next === SLASH) return this.pendingIfCut(this.closeTag(text, lt), text, lt, IN_TAG);
    if (next === QUESTION) return this.pendingIfCut(this.processingInstruction(text, lt), text, lt, IN_PI);
    if (next === BANG) {
      if (text.startsWith("<!--", lt)) return this.comment(text, lt + 4);
      if (text.startsWith("<![CDATA[", lt)) {
        if (this.names.length === 0) throw new XmlSyntaxError("it has a CDATA section outside the root element");
        this.textPending = true;
        return this.cdata(text, lt + 9);
      }
      if (text.startsWith("<!DOCTYPE", lt)) {
        this.handler.doctype();
        throw new XmlSyntaxError("it has a DOCTYPE declaration");
      }
      const rest = text.slice(lt);
      if (rest.length < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((start) => start.startsWith(rest))) return this.keep(text, lt);
      throw new XmlSyntaxError("it has <! that begins no comment or CDATA section");
    }
    if (isNameStartAt(text, lt + 1)) return this.pendingIfCut(this.startTag(text, lt), text, lt, IN_TAG);
    throw new XmlSyntaxError("it has a < that begins no tag");
  }

  /** Keeps the short unfinished markup at `from` for the next chunk. */
  private keep(text: string, from: number): number {
    this.tail = text.slice(from);
    return -1;
  }

  /** When a tag or processing instruction runs past the chunk, keeps it whole until its end arrives. */
  private pendingIfCut(end: number, text: string, from: number, state: number): number {
    if (end >= 0) return end;
    const piece = text.slice(from);
    this.pieces = [piece];
    this.state = state;
    this.pieceState = state === IN_TAG ? tagEnd(piece, 1, 0).quote : piece.charCodeAt(piece.length - 1) === QUESTION ? 1 : 0;
    return -1;
  }

  /** Looks for the end of the tag or processing instruction kept in `pieces`; reads it once found. */
  private resume(text: string): number {
    let end: number;
    if (this.state === IN_TAG) {
      const found = tagEnd(text, 0, this.pieceState);
      this.pieceState = found.quote;
      end = found.end;
    } else if (this.pieceState === 1 && text.charCodeAt(0) === GT) {
      end = 1;
    } else {
      const close = text.indexOf("?>");
      end = close < 0 ? -1 : close + 2;
      if (end < 0) this.pieceState = text.charCodeAt(text.length - 1) === QUESTION ? 1 : 0;
    }
    if (end < 0) {
      this.pieces.push(text);
      return -1;
    }
    const whole = this.pieces.join("") + text.slice(0, end);
    const state = this.state;
    this.pieces = [];
    this.state = CONTENT;
    const read =
      state === IN_PI ? this.processingInstruction(whole, 0) : whole.charCodeAt(1) === SLASH ? this.closeTag(whole, 0) : this.startTag(whole, 0);
    if (read !== whole.length) throw new XmlSyntaxError(state === IN_PI ? "it has a malformed processing instruction" : "it has a malformed tag");
    return end;
  }

  /** A start tag or empty-element tag at `lt`: returns the index after it, or -1 if it runs past the text. */
  private startTag(text: string, lt: number): number {
    const length = text.length;
    let index = nameEnd(text, lt + 1, length);
    if (index >= length) return -1;
    const name = text.slice(lt + 1, index);
    const attributes = new Attributes();
    let declares = false;
    for (;;) {
      let code = text.charCodeAt(index);
      const spaced = isSpace(code);
      if (spaced) {
        index = skipSpaces(text, index + 1, length);
        if (index >= length) return -1;
        code = text.charCodeAt(index);
      }
      if (code === GT) {
        this.openElement(name, attributes, declares);
        return index + 1;
      }
      if (code === SLASH) {
        if (index + 1 >= length) return -1;
        if (text.charCodeAt(index + 1) !== GT) throw new XmlSyntaxError(`the tag <${name}> has a / not followed by >`);
        this.openElement(name, attributes, declares);
        this.closeElement();
        return index + 2;
      }
      if (!isNameStartAt(text, index)) throw new XmlSyntaxError(`the tag <${name}> holds a character that begins no attribute name`);
      if (!spaced) throw new XmlSyntaxError(`the tag <${name}> has no white space before an attribute`);
      const nameStop = nameEnd(text, index, length);
      if (nameStop >= length) return -1;
      const attribute = text.slice(index, nameStop);
      if (text.charCodeAt(index) === 120 && text.startsWith("xmlns", index)) declares = true;
      index = skipSpaces(text, nameStop, length);
      if (index >= length) return -1;
      if (text.charCodeAt(index) !== EQUALS) throw new XmlSyntaxError(`the attribute ${attribute} of <${name}> has no value`);
      index = skipSpaces(text, index + 1, length);
      if (index >= length) return -1;
      const quote = text.charCodeAt(index);
      if (quote !== DQUOTE && quote !== SQUOTE) throw new XmlSyntaxError(`the value of the attribute ${attribute} of <${name}> is not in quotes`);
      const start = index + 1;
      let spaces = false;
      let references = false;
      for (index = start; ; index++) {
        if (index >= length) return -1;
        const char = text.charCodeAt(index);
        if (char === quote) break;
        if (char < EQUALS) {
          if (char === LT) throw new XmlSyntaxError(`the value of the attribute ${attribute} of <${name}> holds a <`);
          if (char === AMP) references = true;
          else if (char === TAB || char === LF) spaces = true;
        }
      }
      // Raw white space becomes spaces before references are decoded, so a referenced tab stays a tab.
      let value = text.slice(start, index);
      if (spaces) value = normaliseAttribute(value);
      if (references) value = decodeReferences(value, this.xml11);
      if (attributes[attribute] !== undefined) throw new XmlSyntaxError(`the tag <${name}> has the attribute ${attribute} twice`);
      attributes[attribute] = value;
      index++;
      if (index >= length) return -1;
    }
  }

  private openElement(name: string, attributes: Record<string, string>, declares: boolean): void {
    if (this.rootClosed) throw new XmlSyntaxError(`it has a second root element, <${name}>`);
    this.sawRoot = true;
    this.handler.open(name, attributes, declares);
    this.names.push(name);
    this.attributeStack.push(attributes);
  }

  private closeElement(): void {
    const name = this.names.pop()!;
    const attributes = this.attributeStack.pop()!;
    if (this.names.length === 0) this.rootClosed = true;
    this.handler.close(name, attributes);
  }

  /** An end tag at `lt`: returns the index after it, or -1 if it runs past the text. */
  private closeTag(text: string, lt: number): number {
    const length = text.length;
    const nameStop = nameEnd(text, lt + 2, length);
    const index = skipSpaces(text, nameStop, length);
    if (index >= length) return -1;
    const name = text.slice(lt + 2, nameStop);
    if (name === "") throw new XmlSyntaxError("it has an end tag with no name");
    if (text.charCodeAt(index) !== GT) throw new XmlSyntaxError(`the end tag </${name}> holds more than a name`);
    const open = this.names[this.names.length - 1];
    if (open === undefined) throw new XmlSyntaxError(`it has an end tag </${name}> with no element open`);
    if (open !== name) throw new XmlSyntaxError(`the end tag </${name}> does not match <${open}>`);
    this.closeElement();
    return index + 1;
  }

  /** A processing instruction (not the XML declaration) at `lt`, dropped once checked. */
  private processingInstruction(text: string, lt: number): number {
    const length = text.length;
    const targetStart = lt + 2;
    if (targetStart >= length) return -1;
    if (!isNameStartAt(text, targetStart)) throw new XmlSyntaxError("it has a processing instruction with no target name");
    const targetEnd = nameEnd(text, targetStart, length);
    if (targetEnd >= length) return -1;
    const after = text.charCodeAt(targetEnd);
    if (after !== QUESTION && !isSpace(after)) throw new XmlSyntaxError("it has a processing instruction whose target name is malformed");
    if (targetEnd - targetStart === 3 && text.slice(targetStart, targetEnd).toLowerCase() === "xml") {
      throw new XmlSyntaxError("it has an XML declaration that is not at the very start");
    }
    const close = text.indexOf("?>", targetEnd);
    return close < 0 ? -1 : close + 2;
  }

  /** Skips a comment whose body starts at `from`; returns the index after it, or -1 when it runs past the chunk. */
  private comment(text: string, from: number): number {
    const dashes = text.indexOf("--", from);
    if (dashes < 0 || dashes + 2 >= text.length) {
      this.state = IN_COMMENT;
      // A "-" or "--" at the very end may begin the comment's close.
      if (dashes >= 0) this.tail = "--";
      else if (text.charCodeAt(text.length - 1) === 45 && text.length > from) this.tail = "-";
      return -1;
    }
    if (text.charCodeAt(dashes + 2) !== GT) throw new XmlSyntaxError("a comment holds --, which only ends one");
    this.state = CONTENT;
    return dashes + 3;
  }

  /** Reads a CDATA section's text from `from` as character data; returns the index after "]]>", or -1 when it runs past the chunk. */
  private cdata(text: string, from: number): number {
    const close = text.indexOf("]]>", from);
    if (close < 0) {
      let end = text.length;
      while (end > from && end > text.length - 2 && text.charCodeAt(end - 1) === 93) end--;
      this.data += text.slice(from, end);
      this.tail = text.slice(end);
      this.state = IN_CDATA;
      return -1;
    }
    this.data += text.slice(from, close);
    this.state = CONTENT;
    return close + 3;
  }
}

function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index < 0 ? text.length : index;
}

/**
 * Where a tag ends: the first ">" (or misplaced "<") outside a quoted value, scanning from `from` already
 * inside the value opened by `quote` (0 for none). End -1 if the text runs out first, with the quote
 * open at that point.
 */
function tagEnd(text: string, from: number, quote: number): { end: number; quote: number } {
  let index = from;
  for (;;) {
    if (quote !== 0) {
      const close = text.indexOf(quote === DQUOTE ? '"' : "'", index);
      if (close < 0) return { end: -1, quote };
      index = close + 1;
      quote = 0;
    }
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === GT) return { end: index + 1, quote: 0 };
      if (code === DQUOTE || code === SQUOTE) {
        quote = code;
        index++;
        break;
      }
      // Not a tag's end, but as far as it can go: reading it whole then says what is wrong.
      if (code === LT) return { end: index + 1, quote: 0 };
    }
    if (quote === 0) return { end: -1, quote: 0 };
  }
}
