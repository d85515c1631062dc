import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import type { DocSnapshot } from "../../../src/core";

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/**
 * Writes a snapshot as Word would hold it: headings in built-in heading styles, list items in a bulleted
 * list, bold-only lines as bold runs. Reading the result back must give the snapshot again.
 */
export async function docxFromSnapshot(snapshot: DocSnapshot): Promise<Buffer> {
  const paragraphs = snapshot.blocks.map((block) => {
    const run = new TextRun({ text: block.text, bold: block.bold === true });
    if (block.outlineLevel !== undefined) return new Paragraph({ heading: HEADINGS[block.outlineLevel - 1], children: [run] });
    if (block.isListItem) return new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [run] });
    return new Paragraph({ children: [run] });
  });
  const document = new Document({
    numbering: {
      config: [
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "\u2022", alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}
