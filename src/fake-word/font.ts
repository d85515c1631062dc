import { FakeClientObject } from "./client-object";
import type { ParagraphModel } from "./model";
import { boldOf } from "./range-ops";

/** Word.Font over the paragraphs of a paragraph or range. The fake keeps bold per paragraph. */
export class FakeFont extends FakeClientObject<ParagraphModel[]> {
  protected readonly typeName = "Font";
  protected readonly scalarNames = ["bold"] as const;

  get bold(): boolean | null {
    return this._value("bold");
  }

  set bold(value: boolean) {
    this._write("bold", value, (paragraphs) => {
      for (const paragraph of paragraphs) this.model.assertCanEdit(paragraph);
      for (const paragraph of paragraphs) {
        paragraph.bold = value;
        this.model.markChanged(paragraph);
      }
    });
  }

  protected _read(_name: string, paragraphs: ParagraphModel[]): unknown {
    return boldOf(paragraphs);
  }
}
