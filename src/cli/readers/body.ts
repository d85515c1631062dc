import type { Block, DocSnapshot } from "../../core/document";
import { InputError } from "./errors";
import type { ListNumbering } from "./numbering";
import { integerAttr, onOff } from "./styles";
import type { StyleSheet } from "./styles";
import { isMarkupCompatibility, parsePart, wordAttr, wordName } from "./xml";
import type { XmlHandler, XmlTag } from "./xml";
import type { ZipPackage } from "./zip";

/** Most characters of text one document may yield: keeps memory bounded whatever the archive holds. */
export const DEFAULT_MAX_TEXT_CHARS = 64_000_000;

/**
 * Subtrees whose content is not part of the document as it reads: deleted and moved-away text, field
 * instructions, text boxes (Word's body paragraphs do not include them), the fallback copy of a
 * drawing, and the previous formatting recorded by tracked format changes.
 */
const SKIPPED = new Set(["del", "moveFrom", "delText", "instrText", "delInstrText", "txbxContent", "pPrChange", "rPrChange", "sdtEndPr"]);

/** Run content that stands for a character. Breaks become a space so one paragraph stays one block. */
const CHARACTERS: Record<string, string> = {
  tab: "\t",
  ptab: "\t",
  br: " ",
  cr: " ",
  noBreakHyphen: "-",
};

interface Paragraph {
  parts: string[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  /** Tag of the first inline content control, used when no block-level control holds the paragraph. */
  inlineTag?: string;
  sawText: boolean;
  allBold: boolean;
}

interface Run {
  bold?: boolean;
  style?: string;
  sawText: boolean;
}

interface ContentControl {
  tag?: string;
  blockLevel: boolean;
}

/** The innermost tagged content control of the given kind (block-level or inline). */
function innermostTag(controls: ContentControl[], blockLevel: boolean): string | undefined {
  for (let index = controls.length - 1; index >= 0; index--) {
    const control = controls[index];
    if (control.blockLevel === blockLevel && control.tag !== undefined) return control.tag;
  }
  return undefined;
}

class BodyHandler implements XmlHandler {
  readonly blocks: Block[] = [];
  private readonly path: string[] = [];
  private skipDepth = 0;
  private sdtPrDepth = 0;
  private readonly paragraphs: Paragraph[] = [];
  private run: Run | undefined;
  private inText = false;
  private tableDepth = 0;
  private readonly controls: ContentControl[] = [];
  /** Open complex fields; text counts only once every open field has reached its result. */
  private readonly fields: { inResult: boolean }[] = [];
  private textChars = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: ListNumbering,
    private readonly maxTextChars: number,
  ) {}

  private get paragraph(): Paragraph | undefined {
    return this.paragraphs[this.paragraphs.length - 1];
  }

  open(tag: XmlTag): void {
    const parent = this.path[this.path.length - 1];
    const name = wordName(tag);
    this.path.push(name ?? `#${tag.local}`);
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    if (this.sdtPrDepth > 0) {
      this.sdtPrDepth++;
      if (name === "tag") {
        const control = this.controls[this.controls.length - 1];
        const value = wordAttr(tag, "val")?.trim();
        if (control && value) control.tag = value;
      }
      return;
    }
    if (name === undefined) {
      if (isMarkupCompatibility(tag, "Fallback")) this.skipDepth = 1;
      return;
    }
    if (SKIPPED.has(name) || (name === "rPr" && parent === "pPr")) {
      this.skipDepth = 1;
      return;
    }
    const paragraph = this.paragraph;
    switch (name) {
      case "p":
        this.paragraphs.push({ parts: [], sawText: false, allBold: true });
        return;
      case "tbl":
        this.tableDepth++;
        return;
      case "sdt":
        this.controls.push({ blockLevel: this.paragraphs.length === 0 });
        return;
      case "sdtPr":
        this.sdtPrDepth = 1;
        return;
      case "pStyle":
        if (paragraph && parent === "pPr") paragraph.styleId = wordAttr(tag, "val");
        return;
      case "numId":
        if (paragraph && parent === "numPr") paragraph.numId = wordAttr(tag, "val");
        return;
      case "ilvl":
        if (paragraph && parent === "numPr") paragraph.ilvl = integerAttr(tag);
        return;
      case "outlineLvl":
        if (paragraph && parent === "pPr") paragraph.outlineLvl = integerAttr(tag);
        return;
      case "r":
        this.run = { sawText: false };
        return;
      case "b":
        if (this.run && parent === "rPr") this.run.bold = onOff(tag);
        return;
      case "rStyle":
        if (this.run && parent === "rPr") this.run.style = wordAttr(tag, "val");
        return;
      case "t":
        this.inText = this.run !== undefined;
        return;
      case "fldChar":
        this.onFieldCharacter(wordAttr(tag, "fldCharType"));
        return;
    }
    const character = CHARACTERS[name];
    if (character !== undefined && this.run && parent === "r") this.append(character);
  }

  close(tag: XmlTag): void {
    this.path.pop();
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (this.sdtPrDepth > 0) {
      this.sdtPrDepth--;
      return;
    }
    switch (wordName(tag)) {
      case "t":
        this.inText = false;
        return;
      case "r":
        this.closeRun();
        return;
      case "p":
        this.closeParagraph();
        return;
      case "tbl":
        this.tableDepth--;
        return;
      case "sdt":
        this.controls.pop();
        return;
    }
  }

  text(text: string): void {
    if (this.inText && this.skipDepth === 0) this.append(text);
  }

  private onFieldCharacter(type: string | undefined): void {
    if (type === "begin") this.fields.push({ inResult: false });
    else if (type === "separate" && this.fields.length > 0) this.fields[this.fields.length - 1].inResult = true;
    else if (type === "end") this.fields.pop();
  }

  private append(text: string): void {
    const paragraph = this.paragraph;
    if (!paragraph || !this.run) return;
    if (!this.fields.every((field) => field.inResult)) return;
    this.textChars += text.length;
    if (this.textChars > this.maxTextChars) {
      throw new InputError(`is too large to check: it holds more than ${this.maxTextChars.toLocaleString("en-GB")} characters of text`);
    }
    paragraph.parts.push(text);
    if (/\S/.test(text)) this.run.sawText = true;
    if (paragraph.inlineTag === undefined) {
      paragraph.inlineTag = innermostTag(this.controls, false);
    }
  }

  private closeRun(): void {
    const run = this.run;
    const paragraph = this.paragraph;
    this.run = undefined;
    if (!run || !paragraph || !run.sawText) return;
    const bold = run.bold ?? this.styles.characterBold(run.style) ?? this.styles.paragraph(paragraph.styleId).bold ?? false;
    paragraph.sawText = true;
    if (!bold) paragraph.allBold = false;
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const style = this.styles.paragraph(paragraph.styleId);
    const block: Block = { text: paragraph.parts.join(""), style: style.builtIn };

    const outlineLevel =
      paragraph.outlineLvl === undefined ? style.outlineLevel : paragraph.outlineLvl <= 8 ? paragraph.outlineLvl + 1 : undefined;
    if (outlineLevel !== undefined) block.outlineLevel = outlineLevel;

    // Direct numbering wins over the style's; numId 0 switches numbering off.
    const numId = paragraph.numId ?? style.numbering?.numId;
    if (numId !== undefined && numId !== "0") {
      block.isListItem = true;
      const label = this.numbering.next({ numId, ilvl: paragraph.ilvl ?? style.numbering?.ilvl ?? 0 });
      if (label) block.listLabel = label;
    }
    if (this.tableDepth > 0) block.inTable = true;
    const tag = innermostTag(this.controls, true) ?? paragraph.inlineTag;
    if (tag !== undefined) block.tag = tag;
    if (paragraph.sawText && paragraph.allBold) block.bold = true;
    this.blocks.push(block);
  }
}

export async function readBody(
  pkg: ZipPackage,
  part: string,
  styles: StyleSheet,
  numbering: ListNumbering,
  maxTextChars = DEFAULT_MAX_TEXT_CHARS,
): Promise<DocSnapshot> {
  const handler = new BodyHandler(styles, numbering, maxTextChars);
  await parsePart(pkg, part, handler);
  return { blocks: handler.blocks };
}
