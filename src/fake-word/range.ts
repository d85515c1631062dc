import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import { FakeComment, FakeCommentCollection } from "./comment";
import { FakeContentControl } from "./content-control";
import { ErrorCodes, FakeOfficeError } from "./errors";
import { FakeFont } from "./font";
import type { RangeModel } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { checkLocation, expandRange, insertParagraphBeside, insertTextInRange, searchRange, subRange } from "./range-ops";
import type { SearchOptions } from "./search";
import { FakeTrackedChangeCollection, reviewVersion } from "./tracked-change";

export class FakeRange extends FakeClientObject<RangeModel> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = ["text", "isEmpty", "style", "styleBuiltIn"] as const;
  private fontProxy: FakeFont | undefined;
  private parentOrNullProxy: FakeContentControl | undefined;

  get text(): string {
    return this._value("text");
  }

  get isEmpty(): boolean {
    return this._value("isEmpty");
  }

  get style(): string {
    return this._value("style");
  }

  get styleBuiltIn(): string {
    return this._value("styleBuiltIn");
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.context, () => this.model.paragraphsIn(this._resolve()));
    return this.fontProxy;
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => this.model.paragraphsIn(this._resolve()));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    this.parentOrNullProxy ??= new FakeContentControl(this.context, () => {
      const range = this.model.ordered(this._resolve());
      const common = range.start.paragraph.controls.filter((control) => range.end.paragraph.controls.includes(control));
      return common[common.length - 1] ?? null;
    });
    return this.parentOrNullProxy;
  }

  protected override _navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === "font") return this.font;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }

  protected _read(name: string, range: RangeModel): unknown {
    const first = this.model.ordered(range).start.paragraph;
    if (name === "text") return this.model.textOf(range);
    if (name === "isEmpty") return this.model.compare(range.start, range.end) === 0;
    return name === "style" ? first.style : first.styleBuiltIn;
  }

  insertText(text: string, location: string): FakeRange {
    const ref = this._action("insertText", (range) => insertTextInRange(this.model, range, text, location, "Range.insertText"));
    return new FakeRange(this.context, ref.get);
  }

  insertParagraph(text: string, location: string): FakeParagraph {
    const ref = this._action("insertParagraph", (range) => {
      const where = checkLocation(location, ["Before", "After"] as const, "Range.insertParagraph");
      const ordered = this.model.ordered(range);
      return insertParagraphBeside(this.model, where === "Before" ? ordered.start.paragraph : ordered.end.paragraph, text, where);
    });
    return new FakeParagraph(this.context, ref.get);
  }

  insertContentControl(type?: string): FakeContentControl {
    const ref = this._action("insertContentControl", (range) => {
      if (type !== undefined && type !== "RichText") this.context.environment.requireWordApi("1.5", "insertContentControl(type)");
      return this.model.wrapInControl(range);
    });
    return new FakeContentControl(this.context, ref.get);
  }

  insertComment(commentText: string): FakeComment {
    const ref = this._action(
      "insertComment",
      (range) => {
        const environment = this.context.environment;
        if (environment.insertCommentFails) {
          throw new FakeOfficeError(ErrorCodes.notAllowed, "The action isn't supported by Word in a browser.", "Range.insertComment");
        }
        return this.model.addComment(range, commentText, environment.userName);
      },
    );
    return new FakeComment(this.context, ref.get);
  }

  getComments(): FakeCommentCollection {
    const ref = this._action(
      "getComments",
      (range) => {
        const ordered = this.model.ordered(range);
        return this.model.comments.filter(
          (comment) => this.model.compare(comment.anchor, ordered.start) >= 0 && this.model.compare(comment.start, ordered.end) <= 0,
        );
      },
    );
    return new FakeCommentCollection(this.context, ref.get);
  }

  getRange(location = "Whole"): FakeRange {
    const ref = this._action("getRange", (range) => subRange(this.model, range, location, "Range.getRange"));
    return new FakeRange(this.context, ref.get);
  }

  expandTo(other: FakeRange): FakeRange {
    const ref = this._action("expandTo", (range) => expandRange(this.model, range, other._resolve()));
    return new FakeRange(this.context, ref.get);
  }

  getReviewedText(changeTrackingVersion?: string): FakeClientResult<string> {
    const ref = this._action("getReviewedText", (range) => this.model.textOf(range, reviewVersion(changeTrackingVersion)));
    return new FakeClientResult(ref);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    const ref = this._action("getTrackedChanges", (range) => this.model.trackedChanges(range));
    return new FakeTrackedChangeCollection(this.context, ref.get);
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const ref = this._action("search", (range) => searchRange(this.model, range, searchText, options));
    return new FakeRangeCollection(this.context, ref.get);
  }

  select(_selectionMode?: string): void {
    this._action("select", (range) => this.model.select(range));
  }
}

export class FakeRangeCollection extends FakeCollection<RangeModel, FakeRange> {
  protected readonly typeName = "RangeCollection";

  protected _item(range: RangeModel): FakeRange {
    return new FakeRange(this.context, () => range);
  }

  getFirst(): FakeRange {
    return new FakeRange(this.context, this._at("getFirst", (all) => all[0], false));
  }

  getFirstOrNullObject(): FakeRange {
    return new FakeRange(this.context, this._at("getFirstOrNullObject", (all) => all[0], true));
  }
}
