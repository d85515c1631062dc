import { randomBytes } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import { W } from "./word-package";
import { writeZip } from "./zip-writer";

const LETTERS = "abcdefghijklmnopqrstuvwxyz      ";
/** Deflate looks back 32 KiB, so blocks this far apart compress as if they were all different. */
const BLOCK_BYTES = 2 * 1024 * 1024;

/** Paragraphs of random words in Word's usual markup, about `xmlBytes` long. */
function randomParagraphs(xmlBytes: number): { xml: string; paragraphs: number } {
  const parts: string[] = [];
  let length = 0;
  while (length < xmlBytes) {
    const text = Array.from(randomBytes(240), (byte) => LETTERS[byte % LETTERS.length]).join("");
    const paragraph = `<w:p w:rsidR="00B1C2D3"><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return { xml: parts.join(""), paragraphs: parts.length };
}

/**
 * A text-heavy .docx of a little over `diskBytes` on disk, with the number of paragraphs it holds.
 */
export function largeDocument(diskBytes: number): { docx: Buffer; paragraphs: number } {
  const block = randomParagraphs(BLOCK_BYTES);
  const repeats = Math.ceil(diskBytes / deflateRawSync(block.xml).length) + 1;
  const xml = Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${block.xml.repeat(repeats)}</w:body></w:document>`);
  const docx = writeZip([{ name: "word/document.xml", data: xml }]);
  return { docx, paragraphs: block.paragraphs * repeats };
}

