import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import { FakeAnnotationCollection } from "./annotation";
import { FakeCommentCollection } from "./comment";
import { FakeContentControl } from "./content-control";
import { ErrorCodes, FakeOfficeError } from "./errors";
import { FakeFont } from "./font";
import type { ControlModel, ParagraphModel } from "./model";
import { FakeRange, FakeRangeCollection } from "./range";
import { checkLocation, insertParagraphBeside, insertTextInRange, searchRange, subRange } from "./range-ops";
import type { SearchOptions } from "./search";
import { FakeTrackedChangeCollection, reviewVersion } from "./tracked-change";
import { builtInOfName, displayNameOf, isKnownBuiltIn, outlineLevelOf } from "./styles";

interface CritiqueInit {
  start: number;
  length: number;
  colorScheme: string;
}

export class FakeParagraph extends FakeClientObject<ParagraphModel> {
  protected readonly typeName = "Paragraph";
  protected readonly scalarNames = ["text", "style", "styleBuiltIn", "outlineLevel", "isListItem", "tableNestingLevel", "uniqueLocalId"] as const;
  private fontProxy: FakeFont | undefined;
  private parentProxy: FakeContentControl | undefined;
  private parentOrNullProxy: FakeContentControl | undefined;

  get text(): string {
    return this._value("text");
  }

  get style(): string {
    return this._value("style");
  }

  set style(name: string) {
    this._write("style", name, (paragraph) => {
      this.model.assertCanEdit(paragraph);
      paragraph.style = name;
      paragraph.styleBuiltIn = builtInOfName(name);
      paragraph.outlineLevel = outlineLevelOf(paragraph.styleBuiltIn);
      this.model.markChanged(paragraph);
    });
  }

  /** Word reports one of its built-in style names, or "Other". */
  get styleBuiltIn(): Word.Paragraph["styleBuiltIn"] {
    return this._value("styleBuiltIn");
  }

  set styleBuiltIn(name: string) {
    this._write(
      "styleBuiltIn",
      name,
      (paragraph) => {
        if (!isKnownBuiltIn(name)) throw new FakeOfficeError(ErrorCodes.invalidArgument, `"${name}" is not a built-in style the fake knows.`);
        this.model.assertCanEdit(paragraph);
        paragraph.styleBuiltIn = name;
        paragraph.style = displayNameOf(name);
        paragraph.outlineLevel = outlineLevelOf(name);
        paragraph.isListItem = false;
        this.model.markChanged(paragraph);
      },
    );
  }

  get outlineLevel(): number {
    return this._value("outlineLevel");
  }

  get isListItem(): boolean {
    return this._value("isListItem");
  }

  get tableNestingLevel(): number {
    return this._value("tableNestingLevel");
  }

  get uniqueLocalId(): string {
    return this._value("uniqueLocalId");
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.context, () => [this._resolve()]);
    return this.fontProxy;
  }

  get parentContentControl(): FakeContentControl {
    this.parentProxy ??= new FakeContentControl(this.context, () => {
      const control = innermost(this._resolve());
      if (!control) throw new FakeOfficeError(ErrorCodes.itemNotFound, "The paragraph is not in a content control.");
      return control;
    });
    return this.parentProxy;
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    this.parentOrNullProxy ??= new FakeContentControl(this.context, () => innermost(this._resolve()) ?? null);
    return this.parentOrNullProxy;
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "font") return this.font;
    if (name === "parentContentControl") return this.parentContentControl;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }

  protected _read(name: string, paragraph: ParagraphModel): unknown {
    if (name === "text") return this.model.paragraphText(paragraph);
    return name === "uniqueLocalId" ? paragraph.id : paragraph[name as keyof ParagraphModel];
  }

  insertParagraph(text: string, location: string): FakeParagraph {
    const ref = this._action("insertParagraph", (paragraph) =>
      insertParagraphBeside(this.model, paragraph, text, checkLocation(location, ["Before", "After"] as const, "Paragraph.insertParagraph")),
    );
    return new FakeParagraph(this.context, ref.get);
  }

  insertText(text: string, location: string): FakeRange {
    const ref = this._action("insertText", (paragraph) => {
      checkLocation(location, ["Replace", "Start", "End"] as const, "Paragraph.insertText");
      return insertTextInRange(this.model, this.model.wholeParagraph(paragraph), text, location, "Paragraph.insertText");
    });
    return new FakeRange(this.context, ref.get);
  }

  insertContentControl(type?: string): FakeContentControl {
    const ref = this._action("insertContentControl", (paragraph) => {
      if (type !== undefined && type !== "RichText") this.context.environment.requireWordApi("1.5", "insertContentControl(type)");
      return this.model.wrapInControl(this.model.wholeParagraph(paragraph));
    });
    return new FakeContentControl(this.context, ref.get);
  }

  getRange(location = "Whole"): FakeRange {
    const ref = this._action("getRange", (paragraph) => subRange(this.model, this.model.wholeParagraph(paragraph), location, "Paragraph.getRange"));
    return new FakeRange(this.context, ref.get);
  }

  getReviewedText(changeTrackingVersion?: string): FakeClientResult<string> {
    const ref = this._action("getReviewedText", (paragraph) => this.model.textOf(this.model.wholeParagraph(paragraph), reviewVersion(changeTrackingVersion)));
    return new FakeClientResult(ref);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    const ref = this._action("getTrackedChanges", (paragraph) => this.model.trackedChanges(this.model.wholeParagraph(paragraph)));
    return new FakeTrackedChangeCollection(this.context, ref.get);
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const ref = this._action("search", (paragraph) => searchRange(this.model, this.model.wholeParagraph(paragraph), searchText, options));
    return new FakeRangeCollection(this.context, ref.get);
  }

  select(_selectionMode?: string): void {
    this._action("select", (paragraph) => this.model.select(this.model.wholeParagraph(paragraph)));
  }

  getComments(): FakeCommentCollection {
    const ref = this._action(
      "getComments",
      (paragraph) => this.model.comments.filter((comment) => comment.anchor.paragraph === paragraph || comment.start.paragraph === paragraph),
    );
    return new FakeCommentCollection(this.context, ref.get);
  }

  insertAnnotations(annotations: { critiques: CritiqueInit[] }): FakeClientResult<string[]> {
    const ref = this._action(
      "insertAnnotations",
      (paragraph) => {
        this.context.environment.failIfAnnotationsUnavailable();
        return annotations.critiques.map(
          (critique) => this.model.addAnnotation(paragraph, critique.start, critique.length, critique.colorScheme).id,
        );
      },
    );
    return new FakeClientResult(ref);
  }

  getAnnotations(): FakeAnnotationCollection {
    const ref = this._action(
      "getAnnotations",
      (paragraph) => {
        this.context.environment.failIfAnnotationsUnavailable();
        return this.model.annotations.filter((annotation) => annotation.paragraph === paragraph);
      },
    );
    return new FakeAnnotationCollection(this.context, ref.get);
  }

  delete(): void {
    this._action("delete", (paragraph) => this.model.deleteParagraph(paragraph, this.context.environment.userName));
  }
}

function innermost(paragraph: ParagraphModel): ControlModel | undefined {
  return paragraph.controls[paragraph.controls.length - 1];
}

export class FakeParagraphCollection extends FakeCollection<ParagraphModel, FakeParagraph> {
  protected readonly typeName = "ParagraphCollection";

  protected _item(paragraph: ParagraphModel): FakeParagraph {
    return new FakeParagraph(this.context, () => {
      this.model.assertAlive(paragraph);
      return paragraph;
    });
  }

  getFirst(): FakeParagraph {
    return new FakeParagraph(this.context, this._at("getFirst", (all) => all[0], false));
  }

  getFirstOrNullObject(): FakeParagraph {
    return new FakeParagraph(this.context, this._at("getFirstOrNullObject", (all) => all[0], true));
  }

  getLast(): FakeParagraph {
    return new FakeParagraph(this.context, this._at("getLast", (all) => all[all.length - 1], false));
  }

  getLastOrNullObject(): FakeParagraph {
    return new FakeParagraph(this.context, this._at("getLastOrNullObject", (all) => all[all.length - 1], true));
  }
}
