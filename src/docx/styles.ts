import type { BuiltInStyle } from "../core/document";
import { InputError } from "./errors";
import { count, DEFAULT_WORK_LIMITS } from "./limits";
import type { WorkLimits } from "./limits";
import { parsePart, wordAttr, wordName } from "./xml";
import type { XmlTag } from "./xml";
import { readOnce } from "./part-memo";
import type { PartMemo } from "./part-memo";
import type { ZipPackage } from "./zip";
import { SMALL_PART_BYTES } from "./relationships";

export interface NumberingReference {
  numId: string;
  ilvl: number;
}

interface StyleDefinition {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  /** Raw w:outlineLvl (0-based; 9 means body text). */
  outlineLvl?: number;
  numbering?: Partial<NumberingReference>;
  bold?: boolean;
  isDefault: boolean;
}

export interface ParagraphStyle {
  /** Built-in style as Word's `styleBuiltIn` names it, "Other" for a custom style. */
  builtIn: BuiltInStyle;
  /** 1..9, or undefined for body text. */
  outlineLevel?: number;
  numbering?: NumberingReference;
  bold?: boolean;
}

/**
 * Word stores a built-in style's name in English ("heading 1") whatever the user's language, but other
 * producers write the localised name, and style ids are localised too ("berschrift1": Word drops the Ü).
 */
const HEADING_NAME =
  /^(?:heading|überschrift|berschrift|titre|título|ttulo|titolo|kop|rubrik|overskrift|otsikko|nagłówek|nagwek|nadpis|pennawd)\s*([1-9])$/i;

const BUILT_IN_BY_NAME: Record<string, BuiltInStyle> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  "list paragraph": "ListParagraph",
  quote: "Quote",
  "intense quote": "IntenseQuote",
  "no spacing": "NoSpacing",
  caption: "Caption",
  "toc heading": "TocHeading",
};

const BUILT_IN_BY_ID: Record<string, BuiltInStyle> = {
  normal: "Normal",
  title: "Title",
  subtitle: "Subtitle",
  listparagraph: "ListParagraph",
  quote: "Quote",
  intensequote: "IntenseQuote",
  nospacing: "NoSpacing",
  caption: "Caption",
  tocheading: "TocHeading",
};

function builtInOf(style: Pick<StyleDefinition, "id" | "name">): BuiltInStyle | undefined {
  for (const candidate of [style.name, style.id]) {
    const heading = HEADING_NAME.exec(candidate?.trim() ?? "");
    if (heading) return `Heading${heading[1]}`;
  }
  const name = style.name?.trim().toLowerCase();
  if (name && BUILT_IN_BY_NAME[name]) return BUILT_IN_BY_NAME[name];
  const toc = /^toc ?([1-9])$/i.exec(style.name?.trim() ?? style.id);
  if (toc) return `Toc${toc[1]}`;
  return BUILT_IN_BY_ID[style.id.toLowerCase()];
}

/** w:b, w:ilvl and friends are on/off: absent w:val means on. */
export function onOff(tag: XmlTag): boolean {
  const value = wordAttr(tag, "val");
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}

export function integerAttr(tag: XmlTag, local = "val"): number | undefined {
  const value = Number.parseInt(wordAttr(tag, local) ?? "", 10);
  return Number.isFinite(value) ? value : undefined;
}

export class StyleSheet {
  private readonly resolved = new Map<string, ParagraphStyle>();
  private readonly characterBolds = new Map<string, boolean | undefined>();

  constructor(
    private readonly styles: Map<string, StyleDefinition>,
    private readonly defaultParagraphStyle: string | undefined,
    private readonly defaultBold: boolean,
    private readonly maxChain: number = DEFAULT_WORK_LIMITS.maxStyleChain,
  ) {}

  static empty(): StyleSheet {
    return new StyleSheet(new Map(), undefined, false);
  }

  /** The chain from a style up through w:basedOn; a cycle ends it, a chain past the cap refuses the file. */
  private chain(styleId: string | undefined): StyleDefinition[] {
    const chain: StyleDefinition[] = [];
    const seen = new Set<string>();
    let current = styleId === undefined ? undefined : this.styles.get(styleId);
    while (current && !seen.has(current.id)) {
      if (chain.length === this.maxChain) {
        throw new InputError(`is not a safe Word document: a style is based on a chain of more than ${count(this.maxChain)} styles`);
      }
      chain.push(current);
      seen.add(current.id);
      current = current.basedOn === undefined ? undefined : this.styles.get(current.basedOn);
    }
    return chain;
  }

  paragraph(styleId: string | undefined): ParagraphStyle {
    const id = styleId ?? this.defaultParagraphStyle ?? "";
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const own = this.styles.get(id);
    const chain = this.chain(id);
    const builtIn = own ? builtInOf(own) : id === "" ? "Normal" : builtInOf({ id });
    const style: ParagraphStyle = { builtIn: builtIn ?? "Other" };

    const levelSource = chain.find((link) => link.outlineLvl !== undefined || builtInOf(link)?.startsWith("Heading"));
    if (levelSource?.outlineLvl !== undefined) {
      if (levelSource.outlineLvl >= 0 && levelSource.outlineLvl <= 8) style.outlineLevel = levelSource.outlineLvl + 1;
    } else if (levelSource) {
      style.outlineLevel = Number(builtInOf(levelSource)!.slice("Heading".length));
    } else if (!own && builtIn?.startsWith("Heading")) {
      style.outlineLevel = Number(builtIn.slice("Heading".length));
    }

    const numbering = chain.find((link) => link.numbering?.numId !== undefined)?.numbering;
    if (numbering?.numId !== undefined) style.numbering = { numId: numbering.numId, ilvl: numbering.ilvl ?? 0 };

    style.bold = chain.find((link) => link.bold !== undefined)?.bold ?? this.defaultBold;
    this.resolved.set(id, style);
    return style;
  }

  /** Bold set by a character style (w:rStyle), through its basedOn chain; undefined when it says nothing. */
  characterBold(styleId: string | undefined): boolean | undefined {
    if (styleId === undefined) return undefined;
    if (this.characterBolds.has(styleId)) return this.characterBolds.get(styleId);
    const bold = this.chain(styleId).find((link) => link.bold !== undefined)?.bold;
    // Only ids the styles part defines are kept, so a document cannot grow the cache with made-up ones.
    if (this.styles.has(styleId)) this.characterBolds.set(styleId, bold);
    return bold;
  }

  /** The paragraph style w:numStyleLink points a list at, for numbering defined through a list style. */
  numberingOfStyle(styleId: string): NumberingReference | undefined {
    const numbering = this.chain(styleId).find((link) => link.numbering?.numId !== undefined)?.numbering;
    return numbering?.numId === undefined ? undefined : { numId: numbering.numId, ilvl: numbering.ilvl ?? 0 };
  }
}

/** What a styles part defines, as read; a StyleSheet is built over it for each document. */
export interface StyleDefinitions {
  styles: Map<string, StyleDefinition>;
  defaultParagraphStyle: string | undefined;
  defaultBold: boolean;
}

/** The document's style sheet; `memo` keeps styles parts read before, to be reused when a later document stores the same. */
export async function readStyles(
  pkg: ZipPackage,
  part: string | undefined,
  limits: WorkLimits = DEFAULT_WORK_LIMITS,
  memo?: PartMemo<StyleDefinitions>,
): Promise<StyleSheet> {
  if (part === undefined || !pkg.has(part)) return StyleSheet.empty();
  const { styles, defaultParagraphStyle, defaultBold } = await readOnce(memo, pkg, part, SMALL_PART_BYTES, [limits], () => parseStyles(pkg, part, limits));
  return new StyleSheet(styles, defaultParagraphStyle, defaultBold, limits.maxStyleChain);
}

async function parseStyles(pkg: ZipPackage, part: string, limits: WorkLimits): Promise<StyleDefinitions> {
  const styles = new Map<string, StyleDefinition>();
  let defaultParagraphStyle: string | undefined;
  let defaultBold = false;
  let current: StyleDefinition | undefined;
  /** Local names from w:styles down. */
  const path: string[] = [];
  /** Depth inside conditional table formatting (w:tblStylePr), which is not the style's own. */
  let conditionalDepth = 0;

  await parsePart(
    pkg,
    part,
    {
      open(tag) {
        const name = wordName(tag) ?? `#${tag.local}`;
        path.push(name);
        if (conditionalDepth > 0 || name === "tblStylePr") {
          conditionalDepth++;
          return;
        }
        const parent = path[path.length - 2];
        if (name === "style") {
          current = {
            id: wordAttr(tag, "styleId") ?? "",
            type: wordAttr(tag, "type") ?? "paragraph",
            isDefault: /^(?:1|true|on)$/i.test(wordAttr(tag, "default") ?? ""),
          };
          return;
        }
        if (name === "b" && parent === "rPr" && path[path.length - 3] === "rPrDefault") {
          defaultBold = onOff(tag);
          return;
        }
        if (!current) return;
        if (name === "name" && parent === "style") current.name = wordAttr(tag, "val");
        else if (name === "basedOn" && parent === "style") current.basedOn = wordAttr(tag, "val");
        else if (name === "outlineLvl" && parent === "pPr") current.outlineLvl = integerAttr(tag);
        else if (name === "numId" && parent === "numPr") current.numbering = { ...current.numbering, numId: wordAttr(tag, "val") };
        else if (name === "ilvl" && parent === "numPr") current.numbering = { ...current.numbering, ilvl: integerAttr(tag) };
        else if (name === "b" && parent === "rPr" && path[path.length - 3] === "style") current.bold = onOff(tag);
      },
      close(tag) {
        path.pop();
        if (conditionalDepth > 0) {
          conditionalDepth--;
          return;
        }
        if (wordName(tag) === "style" && current) {
          if (current.id !== "") styles.set(current.id, current);
          if (current.isDefault && current.type === "paragraph") defaultParagraphStyle = current.id;
          current = undefined;
        }
      },
      text() {},
    },
    SMALL_PART_BYTES,
    limits,
  );
  return { styles, defaultParagraphStyle, defaultBold };
}
