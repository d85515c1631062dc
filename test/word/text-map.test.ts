import { critiqueSpan, hasControlCharacters, mapParagraphs, mapText, rawSpans } from "../../src/word/text-map";

describe("the accepted text of a paragraph and its map back to Word's text", () => {
  it.each([
    ["plain text", "Key decision:", undefined, "Key decision:", [0, 1, 2]],
    ["a comment anchor", "1.3\x05 A public", undefined, "1.3 A public", [0, 1, 2, 4, 5]],
    ["two anchors and a field", "\x13 PAGE \x14" + "7\x15 of\x05\x05", undefined, " PAGE 7 of", [1, 2, 3, 4, 5, 6, 8, 10]],
    ["a tab kept", "1.\tDecision", undefined, "1.\tDecision", [0, 1, 2]],
    ["a manual line break read as a space", "Decision:\x0bI agree", undefined, "Decision: I agree", [8, 9, 10]],
    ["a tracked replacement", "closed on 4th February 20202021.", "closed on 4th February 2021.", "closed on 4th February 2021.", [22, 27, 28, 29, 30, 31]],
    ["a tracked deletion and an anchor", "a public\x05 consultation", "a\x05 consultation", "a consultation", [0, 9, 10, 21]],
    ["reviewed text with its own anchors", "Key decision:\x05 YES", "Key decision:\x05 YES", "Key decision: YES", [12, 14, 15]],
  ])("%s", (_name, raw, accepted, text, someOffsets) => {
    const map = mapText(raw, accepted);
    expect(map.text).toBe(text);
    expect(map.offsets).toHaveLength(text.length);
    // Every accepted character maps to the same character in Word's text (or to the break it stands for).
    map.offsets.forEach((offset, index) => expect(map.verbatim[index] ? raw[offset] : " ").toBe(text[index]));
    for (const offset of someOffsets) expect(map.offsets).toContain(offset);
  });

  it("maps a tracked replacement to the inserted characters, not the deleted ones", () => {
    const map = mapText("on 20202021.", "on 2021.");
    expect(map.offsets).toEqual([0, 1, 2, 7, 8, 9, 10, 11]);
  });

  it("splits the body's reviewed text into paragraphs, with a deleted paragraph read as empty", () => {
    const maps = mapParagraphs(["Decision:", "Old text", "I agree\x05."], "Decision:\r\rI agree.\r");
    expect(maps.map((map) => map.text)).toEqual(["Decision:", "", "I agree."]);
    expect(maps[2]!.offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 8]);
  });

  it("accepts \\n between paragraphs, as some hosts write it", () => {
    expect(mapParagraphs(["a\x05b", "cd"], "ab\ncd").map((map) => map.text)).toEqual(["ab", "cd"]);
  });

  it("keeps deleted text rather than guess when Word's two answers cannot be aligned", () => {
    expect(mapParagraphs(["Decision: NO"], "Decision: YES").map((map) => map.text)).toEqual(["Decision: NO"]);
  });

  it.each([
    ["one run", "1.3 A public", 0, 3, [{ start: 0, end: 3 }]],
    ["split by an anchor", "1.3\x05 A public", 0, 6, [{ start: 0, end: 3 }, { start: 4, end: 7 }]],
    ["split by a line break", "Decision:\x0bI agree", 8, 3, [{ start: 8, end: 9 }, { start: 10, end: 11 }]],
  ])("finds the runs of Word's text behind a span: %s", (_name, raw, start, length, spans) => {
    expect(rawSpans(mapText(raw), start, length)).toEqual(spans);
  });

  it("splits a span at a tracked deletion", () => {
    const map = mapText("was closedended on", "was ended on");
    expect(rawSpans(map, 0, map.text.length)).toEqual([
      { start: 0, end: 4 },
      { start: 10, end: 18 },
    ]);
  });

  it.each([
    ["plain text", "We spend £1m now", undefined, 9, 3, { start: 9, length: 3 }],
    ["after a comment anchor, which Word counts", "We\x05 spend £1m now", undefined, 9, 3, { start: 10, length: 3 }],
    ["after deleted text, which Word does not count (#5672)", "We do spend £1m now", "We spend £1m now", 9, 3, { start: 9, length: 3 }],
    ["around an anchor inside the span", "We spend £1\x05m now", undefined, 9, 3, { start: 9, length: 4 }],
  ])("places a critique %s", (_name, raw, accepted, start, length, span) => {
    expect(critiqueSpan(mapText(raw, accepted), start, length)).toEqual(span);
  });

  it.each([
    ["Key decision: YES", false],
    ["Tabs\tare text", false],
    ["An anchor\x05", true],
    ["A break\x0b", true],
  ])("%p has control characters: %p", (text, expected) => {
    expect(hasControlCharacters(text)).toBe(expected);
  });
});
