/**
 * Word's `paragraph.text` is not the record as a reader sees it: comment anchors appear as `\x05` (office-js
 * #2114, #2258), fields and objects as other control characters, and with revisions shown inline the deleted
 * text stays in (#2314, #1267, #5286). A TextMap holds the text as accepted (what the checker reads) and, for
 * each of its characters, where it sits in Word's text, so a location the checker reports lands on the right
 * characters in Word.
 */
export interface TextMap {
  /** The paragraph as accepted: no tracked deletions, no control characters. */
  text: string;
  /** The paragraph as `Paragraph.text` gives it. */
  raw: string;
  /** For each character of `text`, its index in `raw`. */
  offsets: number[];
  /** For each character of `text`, whether it is the same character in `raw` (false for a line break read as a space). */
  verbatim: boolean[];
}

/** A run of Word's text, `raw.slice(start, end)`. */
export interface RawSpan {
  start: number;
  end: number;
}

/** Manual line and page breaks read as a space, as the .docx reader does; every other control character is dropped. */
const AS_SPACE = new Set(["\x0b", "\x0c"]);

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code < 0x20 && char !== "\t") || code === 0x7f;
}

export function hasControlCharacters(text: string): boolean {
  for (const char of text) if (isControl(char)) return true;
  return false;
}

function withoutControls(raw: string): TextMap {
  const map: TextMap = { text: "", raw, offsets: [], verbatim: [] };
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] as string;
    if (!isControl(char)) push(map, char, index, true);
    else if (AS_SPACE.has(char)) push(map, " ", index, false);
  }
  return map;
}

function push(map: TextMap, char: string, offset: number, verbatim: boolean): void {
  map.text += char;
  map.offsets.push(offset);
  map.verbatim.push(verbatim);
}

/** Word's body text separates paragraphs with \r (\n on some hosts) and may end with one: read as paragraphs joined by \r. */
function acceptedParagraphs(accepted: string, paragraphs: number): string {
  const lines = accepted.split(/\r\n|\r|\n/).map((line) => withoutControls(line).text);
  if (lines.length > paragraphs && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\r");
}

/**
 * Maps each paragraph's Word text to the accepted text. `accepted` is the body's `getReviewedText("Current")`
 * (WordApi 1.4) when the host gives it; without it only control characters are removed. The accepted text is a
 * subsequence of Word's text (deleted runs are the extra characters), aligned from the end: Word writes a tracked
 * replacement as the deleted text followed by the inserted one, so "20202021" read as "2021" keeps the last four
 * characters. If Word's two answers cannot be aligned, deleted text stays in rather than guessing.
 */
export function mapParagraphs(raws: string[], accepted?: string): TextMap[] {
  const visible = raws.map(withoutControls);
  if (accepted === undefined) return visible;
  const joined = visible.map((map) => map.text).join("\r");
  const target = acceptedParagraphs(accepted, raws.length);
  if (target === joined) return visible;
  // Which paragraph each character of `joined` belongs to, and where in that paragraph's visible text.
  const owner: number[] = [];
  const position: number[] = [];
  visible.forEach((map, paragraph) => {
    if (paragraph > 0) {
      owner.push(-1);
      position.push(-1);
    }
    for (let index = 0; index < map.text.length; index++) {
      owner.push(paragraph);
      position.push(index);
    }
  });
  const maps: TextMap[] = raws.map((raw) => ({ text: "", raw, offsets: [], verbatim: [] }));
  let from = joined.length - 1;
  const picked: number[] = [];
  for (let index = target.length - 1; index >= 0; index--) {
    while (from >= 0 && joined[from] !== target[index]) from--;
    if (from < 0) return visible;
    picked.push(from--);
  }
  for (let index = picked.length - 1; index >= 0; index--) {
    const at = picked[index] as number;
    const paragraph = owner[at] as number;
    if (paragraph < 0) continue;
    const source = visible[paragraph] as TextMap;
    const offset = position[at] as number;
    push(maps[paragraph] as TextMap, source.text[offset] as string, source.offsets[offset] as number, source.verbatim[offset] as boolean);
  }
  return maps;
}

/** One paragraph's map (see mapParagraphs). */
export function mapText(raw: string, accepted?: string): TextMap {
  return mapParagraphs([raw], accepted)[0] as TextMap;
}

/**
 * The runs of Word's text that hold `text.slice(start, start + length)`: consecutive characters that are the same
 * in Word, split wherever Word's text has something the accepted text has not (a comment anchor, deleted text).
 */
export function rawSpans(map: TextMap, start: number, length: number): RawSpan[] {
  const spans: RawSpan[] = [];
  for (let index = start; index < start + length; index++) {
    const offset = map.offsets[index] as number;
    if (!map.verbatim[index]) continue;
    const last = spans[spans.length - 1];
    if (last && last.end === offset) last.end = offset + 1;
    else spans.push({ start: offset, end: offset + 1 });
  }
  return spans;
}

/**
 * Where accepted-text characters `start .. start + length` sit in the paragraph as Word counts critique offsets:
 * tracked deletions left out (office-js #5672), comment anchors and other control characters kept. The span runs
 * from the first of the characters to the last (`length` at least 1).
 */
export function critiqueSpan(map: TextMap, start: number, length: number): { start: number; length: number } {
  const kept = new Set(map.offsets);
  const counted: number[] = [];
  let count = 0;
  for (let index = 0; index < map.raw.length; index++) {
    counted.push(count);
    if (kept.has(index) || isControl(map.raw[index] as string)) count++;
  }
  const from = counted[map.offsets[start] as number] as number;
  const to = (counted[map.offsets[start + length - 1] as number] as number) + 1;
  return { start: from, length: to - from };
}
