import type { Block, DocSnapshot } from "../core/document";
import { InputError } from "./errors";
import { count, DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import type { ListNumbering } from "./numbering";
import { integerAttr, onOff } from "./styles";
import type { StyleSheet } from "./styles";
import { isMarkupCompatibility, parsePart, wordAttr, wordName } from "./xml";
import type { XmlHandler, XmlTag } from "./xml";
import type { ZipPackage } from "./zip";

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

/** What a paragraph has read so far; a paragraph whose mark was deleted hands it on to the next one. */
interface Content {
  parts: string[];
  /** Tag of the first inline content control, used when no block-level control holds the paragraph. */
  inlineTag?: string;
  sawText: boolean;
  allBold: boolean;
}

interface Paragraph extends Content {
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  /** Its paragraph mark is a tracked deletion: accepted, the paragraph runs on into the next. */
  markDeleted: boolean;
}

interface Run {
  bold?: boolean;
  style?: string;
  sawText: boolean;
}

/** An open content control, with the innermost tags of each kind up to and including it, so no lookup walks the stack. */
interface ContentControl {
  blockLevel: boolean;
  blockTag?: string;
  inlineTag?: string;
}


/**
 * A paragraph's text as a string of its own. A run's text is a slice of the decoded part, and V8 keeps the
 * whole part alive for as long as a slice of it lives: a report quoting one paragraph of each record held
 * every record's XML (6.7 MB of the 265 bench records' parts, to the end of the run). join copies several
 * parts into a new string but returns a single part as it is, so that one is copied through a concatenation.
 */
function textOfItsOwn(parts: string[]): string {
  return parts.length === 1 ? ` ${parts[0]}`.slice(1) : parts.join("");
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
  /** Open complex fields, innermost last: whether each has reached its result. */
  private readonly fields: boolean[] = [];
  /** Open fields still in their instructions; text counts only when none is. */
  private fieldsInInstructions = 0;
  /** Depth inside the paragraph mark's run properties (w:pPr/w:rPr), where a tracked deletion of the mark sits. */
  private markDepth = 0;
  /** Content of paragraphs whose marks were deleted, waiting for the paragraph they run on into. */
  private carried: Content | undefined;
  private paragraphCount = 0;
  private textChars = 0;

  constructor(
    private readonly styles: StyleSheet,
    private readonly numbering: ListNumbering,
    private readonly limits: WorkLimits,
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
      if (name === "tag") this.tagControl(wordAttr(tag, "val")?.trim());
      return;
    }
    if (this.markDepth > 0) {
      this.markDepth++;
      if (this.markDepth === 2 && (name === "del" || name === "moveFrom") && this.paragraph) this.paragraph.markDeleted = true;
      return;
    }
    if (name === undefined) {
      if (isMarkupCompatibility(tag, "Fallback")) this.skipDepth = 1;
      return;
    }
    if (name === "rPr" && parent === "pPr") {
      this.markDepth = 1;
      return;
    }
    if (SKIPPED.has(name)) {
      this.skipDepth = 1;
      return;
    }
    const paragraph = this.paragraph;
    switch (name) {
      case "p":
        this.openParagraph();
        return;
      case "tbl":
        this.tableDepth++;
        return;
      case "sdt": {
        const outer = this.controls[this.controls.length - 1];
        this.controls.push({ blockLevel: this.paragraphs.length === 0, blockTag: outer?.blockTag, inlineTag: outer?.inlineTag });
        return;
      }
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
    if (this.markDepth > 0) {
      this.markDepth--;
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

  /** A w:tag inside w:sdtPr names the control being opened, and every control inside it inherits it as innermost. */
  private tagControl(value: string | undefined): void {
    const control = this.controls[this.controls.length - 1];
    if (!control || !value) return;
    if (control.blockLevel) control.blockTag = value;
    else control.inlineTag = value;
  }

  private openParagraph(): void {
    if (++this.paragraphCount > this.limits.maxParagraphs) {
      throw new InputError(`is too large to check: it holds more than ${count(this.limits.maxParagraphs)} paragraphs`);
    }
    const carried = this.carried;
    this.carried = undefined;
    this.paragraphs.push({ parts: [], sawText: false, allBold: true, ...carried, markDeleted: false });
  }

  private onFieldCharacter(type: string | undefined): void {
    if (type === "begin") {
      if (this.fields.length === this.limits.maxOpenFields) {
        throw new InputError(`is not a safe Word document: it opens more than ${count(this.limits.maxOpenFields)} fields inside one another`);
      }
      this.fields.push(false);
      this.fieldsInInstructions++;
    } else if (type === "separate" && this.fields.length > 0 && !this.fields[this.fields.length - 1]) {
      this.fields[this.fields.length - 1] = true;
      this.fieldsInInstructions--;
    } else if (type === "end" && this.fields.length > 0) {
      if (!this.fields.pop()) this.fieldsInInstructions--;
    }
  }

  private countText(length: number): void {
    this.textChars += length;
    if (this.textChars > this.limits.maxTextChars) {
      throw new InputError(`is too large to check: it holds more than ${count(this.limits.maxTextChars)} characters of text`);
    }
  }

  private append(text: string): void {
    const paragraph = this.paragraph;
    if (!paragraph || !this.run || this.fieldsInInstructions > 0) return;
    this.countText(text.length);
    paragraph.parts.push(text);
    if (/\S/.test(text)) this.run.sawText = true;
    paragraph.inlineTag ??= this.controls[this.controls.length - 1]?.inlineTag;
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
    if (paragraph.markDeleted) {
      const { parts, inlineTag, sawText, allBold } = paragraph;
      this.carried = { parts, inlineTag, sawText, allBold };
      return;
    }
    this.emit(paragraph);
  }

  /** Paragraphs whose marks were deleted, with nothing after them to run on into, stand as they are. */
  finish(): void {
    const carried = this.carried;
    this.carried = undefined;
    if (carried) this.emit({ ...carried, markDeleted: false });
  }

  private emit(paragraph: Paragraph): void {
    const style = this.styles.paragraph(paragraph.styleId);
    const block: Block = { text: textOfItsOwn(paragraph.parts), style: style.builtIn };

    const outlineLevel =
      paragraph.outlineLvl === undefined ? style.outlineLevel : paragraph.outlineLvl <= 8 ? paragraph.outlineLvl + 1 : undefined;
    if (outlineLevel !== undefined) block.outlineLevel = outlineLevel;

    // Direct numbering wins over the style's; numId 0 switches numbering off.
    const numId = paragraph.numId ?? style.numbering?.numId;
    if (numId !== undefined && numId !== "0") {
      block.isListItem = true;
      const label = this.numbering.next({ numId, ilvl: paragraph.ilvl ?? style.numbering?.ilvl ?? 0 });
      if (label) {
        this.countText(label.length);
        block.listLabel = label;
      }
    }
    if (this.tableDepth > 0) block.inTable = true;
    const tag = this.controls[this.controls.length - 1]?.blockTag ?? paragraph.inlineTag;
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
  limits: WorkLimits = DEFAULT_WORK_LIMITS,
): Promise<DocSnapshot> {
  const handler = new BodyHandler(styles, numbering, limits);
  await parsePart(pkg, part, handler, undefined, limits);
  handler.finish();
  return { blocks: handler.blocks };
}
