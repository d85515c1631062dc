import { ErrorCodes, FakeOfficeError } from "./errors";
import type { ControlModel, DocumentModel, ParagraphModel, Position, RangeModel } from "./model";
import { searchSegments } from "./paragraph-text";
import { findMatches, type SearchOptions } from "./search";

/** Operations Paragraph, Range, ContentControl and Body share, expressed on the document model. */

export function checkLocation<L extends string>(location: string, allowed: readonly L[], member: string): L {
  if (!(allowed as readonly string[]).includes(location)) {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `${member} does not accept the location "${location}" (use ${allowed.join(", ")}).`);
  }
  return location as L;
}

function insertAt(model: DocumentModel, position: Position, text: string): RangeModel {
  return model.replaceRange({ start: position, end: position }, text);
}

export function insertTextInRange(model: DocumentModel, range: RangeModel, text: string, location: string, member: string): RangeModel {
  const where = checkLocation(location, ["Replace", "Start", "End", "Before", "After"] as const, member);
  const ordered = model.ordered(range);
  if (where === "Replace") return model.replaceRange(ordered, text);
  return insertAt(model, where === "Start" || where === "Before" ? ordered.start : ordered.end, text);
}

/** A paragraph inserted next to another joins the same content controls, as in Word. */
export function insertParagraphBeside(model: DocumentModel, anchor: ParagraphModel, text: string, where: "Before" | "After"): ParagraphModel {
  return model.insertParagraph(text, anchor, where, anchor.controls);
}

export function insertParagraphAtControl(model: DocumentModel, control: ControlModel, text: string, location: string): ParagraphModel {
  const where = checkLocation(location, ["Before", "After", "Start", "End"] as const, "ContentControl.insertParagraph");
  const paragraphs = model.controlParagraphs(control);
  const anchor = (where === "Before" || where === "Start" ? paragraphs[0] : paragraphs[paragraphs.length - 1]) as ParagraphModel;
  const depth = anchor.controls.indexOf(control);
  const inside = where === "Start" || where === "End";
  const controls = anchor.controls.slice(0, inside ? depth + 1 : depth);
  return model.insertParagraph(text, anchor, where === "Before" || where === "Start" ? "Before" : "After", controls);
}

export function insertParagraphInBody(model: DocumentModel, text: string, location: string): ParagraphModel {
  const where = checkLocation(location, ["Start", "End"] as const, "Body.insertParagraph");
  const anchor = (where === "Start" ? model.paragraphs[0] : model.paragraphs[model.paragraphs.length - 1]) as ParagraphModel;
  return model.insertParagraph(text, anchor, where === "Start" ? "Before" : "After", []);
}

/**
 * Matches never cross a paragraph, nor the edge of a tracked deletion shown inline (office-js #5874, #4170); within
 * the range, each paragraph's covered part is searched on its own.
 */
export function searchRange(model: DocumentModel, range: RangeModel, searchText: string, options: SearchOptions): RangeModel[] {
  const { start, end } = model.ordered(range);
  const results: RangeModel[] = [];
  for (const paragraph of model.paragraphsIn(range)) {
    const from = paragraph === start.paragraph ? start.offset : 0;
    const to = paragraph === end.paragraph ? end.offset : paragraph.text.length;
    for (const segment of searchSegments(paragraph, model.revisionsInline, from, to)) {
      for (const [matchStart, matchEnd] of findMatches(segment.text, searchText, options)) {
        const startOffset = segment.offsets.at(matchStart);
        const endOffset = segment.offsets.at(matchEnd - 1) + 1;
        results.push({ start: { paragraph, offset: startOffset }, end: { paragraph, offset: endOffset } });
      }
    }
  }
  return results;
}

/** Range.getRange / Paragraph.getRange: "Whole" and "Content" keep the range; the others collapse it. */
export function subRange(model: DocumentModel, range: RangeModel, location: string, member: string): RangeModel {
  const where = checkLocation(location, ["Whole", "Content", "Start", "End", "Before", "After"] as const, member);
  const ordered = model.ordered(range);
  if (where === "Whole" || where === "Content") return ordered;
  const point = where === "Start" || where === "Before" ? ordered.start : ordered.end;
  return { start: point, end: point };
}

export function expandRange(model: DocumentModel, range: RangeModel, other: RangeModel): RangeModel {
  const a = model.ordered(range);
  const b = model.ordered(other);
  return {
    start: model.compare(a.start, b.start) <= 0 ? a.start : b.start,
    end: model.compare(a.end, b.end) >= 0 ? a.end : b.end,
  };
}

/** Font.bold over a range: true or false when every paragraph agrees, null when they mix. */
export function boldOf(paragraphs: ParagraphModel[]): boolean | null {
  const values = new Set(paragraphs.map((paragraph) => paragraph.bold));
  return values.size === 1 ? ([...values][0] as boolean | null) : null;
}
