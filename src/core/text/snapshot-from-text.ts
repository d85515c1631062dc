import type { Block, DocSnapshot } from "../document";
import { trimEndOf } from "./trim";

const ATX_HEADING = /^(#{1,6})[ \t]/;
const BULLET = /^[-*+•][ \t]/;
const BOLD_ONLY = /^(\*\*|__)(.+)\1$/;

/**
 * Reads plain text or Markdown into a snapshot: one block per non-blank line.
 * `#` headings become Heading1..6; a line that is bold from end to end is marked bold,
 * which the outline treats like a heading; Markdown emphasis markers are removed from the text.
 */
export function snapshotFromText(text: string): DocSnapshot {
  const blocks: Block[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const block = blockFromLine(rawLine);
    if (block) blocks.push(block);
  }
  return { blocks };
}

function blockFromLine(rawLine: string): Block | undefined {
  let line = rawLine.replace(/\t/g, " ").trim();
  if (line === "") return undefined;

  const block: Block = { text: "" };
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    const level = heading[1].length;
    block.style = `Heading${level}`;
    block.outlineLevel = level;
    // A closing run of #s after a space is decoration: "## Decision ##" (but "C#" keeps its #).
    const body = line.slice(level).trim();
    const open = trimEndOf(body, "#");
    line = open === "" || /[ \t]$/.test(open) ? open.trim() : body;
  } else if (BULLET.test(line) && line.slice(1).trim() !== "") {
    block.isListItem = true;
    line = line.slice(1).trim();
  }

  const boldOnly = BOLD_ONLY.exec(line.trim());
  if (boldOnly && !boldOnly[2].includes(boldOnly[1])) block.bold = true;

  block.text = stripEmphasis(line).trim();
  if (block.text === "") return undefined;
  if (!block.style) block.style = block.isListItem ? "ListParagraph" : "Normal";
  return block;
}

/** Removes Markdown emphasis and escapes, keeping the words: "**For publication** [..]" → "For publication [..]". */
function stripEmphasis(line: string): string {
  return line
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/(^|[^\w*\\])\*(?!\s)([^*]+)\*\B/g, "$1$2")
    .replace(/(^|[^\w\\])_(?!\s)([^_]+)_\b/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}
