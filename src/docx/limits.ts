/**
 * The work one file may make the reader do, beyond the byte caps of the zip layer. Each cap is checked
 * while reading, the moment it is passed, so a small hostile file is stopped before it costs time or
 * memory; each sits far above anything a real record (or a long report) needs. README.md lists them
 * with the same reasons.
 */
export interface WorkLimits {
  /** Most characters of text one document may yield, list labels included. */
  maxTextChars: number;
  /**
   * Most paragraphs one document may hold (in a text file, lines with text). A text-heavy 20 MB .docx has
   * about 155,000; a long record a few hundred. Empty paragraphs count: 44 million fit in a 256 MiB part.
   */
  maxParagraphs: number;
  /**
   * Most lines a text file may hold, blank ones included: twice the paragraphs, for the blank line
   * between them. Each line costs an array slot however short it is.
   */
  maxTextLines: number;
  /**
   * Longest list label, once its numbers are filled in. Word keeps a level's text to 31 characters after
   * its %1..%9 are replaced ([MS-OI29500] 2.1.283); letters repeat ("aaa") for high values.
   */
  maxListLabelChars: number;
  /** Largest start value (w:start, w:startOverride) a list may have: real lists start at 0 or 1, or a few hundred in. */
  maxListStart: number;
  /** Most namespace declarations on one element. Word declares about 40, all on the root. */
  maxNamespaceDeclarations: number;
  /**
   * Most elements in one XML part. Real markup runs 7 to 25 elements a paragraph (the text-heavy 20 MB
   * document holds 1.1 million); tags as short as <x/> would fit 44 million in the 256 MiB part.
   */
  maxElements: number;
  /**
   * Most characters between one "<" and the next in an XML part: one run's text, or one tag with its
   * attributes. The parser holds such a stretch whole, and a reader may copy it; a real run holds at
   * most a paragraph.
   */
  maxCharsBetweenTags: number;
  /**
   * Deepest element nesting in an XML part. A body paragraph sits about 6 levels down, a table adds 3, a
   * content control 2; 256 leaves room for tables nested dozens deep.
   */
  maxDepth: number;
  /** Most complex fields open at once (w:fldChar begin without its end). Real fields nest a handful deep. */
  maxOpenFields: number;
  /** Longest chain of styles through w:basedOn. Word's own styles chain 2 or 3 deep. */
  maxStyleChain: number;
}

export const DEFAULT_WORK_LIMITS: WorkLimits = {
  maxTextChars: 64_000_000,
  maxParagraphs: 500_000,
  maxTextLines: 1_000_000,
  maxListLabelChars: 64,
  maxListStart: 32_767,
  maxNamespaceDeclarations: 1_000,
  maxElements: 10_000_000,
  maxCharsBetweenTags: 16_000_000,
  maxDepth: 256,
  maxOpenFields: 100,
  maxStyleChain: 32,
};

/** Numbers in messages as a reader in England writes them: 500,000. */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
}
