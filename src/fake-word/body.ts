import { FakeClientObject, FakeClientResult } from "./client-object";
import { FakeCommentCollection } from "./comment";
import { FakeContentControlCollection } from "./content-control";
import type { DocumentModel } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { FakeRange, FakeRangeCollection } from "./range";
import { insertParagraphInBody, searchRange, subRange } from "./range-ops";
import type { SearchOptions } from "./search";
import { FakeTrackedChangeCollection, reviewVersion } from "./tracked-change";

function wholeBody(model: DocumentModel) {
  const first = model.paragraphs[0];
  const last = model.paragraphs[model.paragraphs.length - 1];
  if (!first || !last) throw new Error("A Word body always holds at least one paragraph.");
  return { start: { paragraph: first, offset: 0 }, end: { paragraph: last, offset: last.text.length } };
}

export class FakeBody extends FakeClientObject<DocumentModel> {
  protected readonly typeName = "Body";
  protected readonly scalarNames = ["text"] as const;
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private controlsProxy: FakeContentControlCollection | undefined;

  get text(): string {
    return this._value("text");
  }

  get paragraphs(): FakeParagraphCollection {
    this.paragraphsProxy ??= new FakeParagraphCollection(this.context, () => this._resolve().paragraphs);
    return this.paragraphsProxy;
  }

  get contentControls(): FakeContentControlCollection {
    this.controlsProxy ??= new FakeContentControlCollection(this.context, () => this._resolve().contentControls());
    return this.controlsProxy;
  }

  protected _read(_name: string, model: DocumentModel): unknown {
    return model.textOf(wholeBody(model));
  }

  insertParagraph(text: string, location: string): FakeParagraph {
    const ref = this._action("insertParagraph", (model) => insertParagraphInBody(model, text, location));
    return new FakeParagraph(this.context, ref.get);
  }

  getRange(location = "Whole"): FakeRange {
    const ref = this._action("getRange", (model) => subRange(model, wholeBody(model), location, "Body.getRange"));
    return new FakeRange(this.context, ref.get);
  }

  getReviewedText(changeTrackingVersion?: string): FakeClientResult<string> {
    const ref = this._action("getReviewedText", (model) => this.model.textOf(wholeBody(model), reviewVersion(changeTrackingVersion)));
    return new FakeClientResult(ref);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    const ref = this._action("getTrackedChanges", (model) => this.model.trackedChanges(wholeBody(model)));
    return new FakeTrackedChangeCollection(this.context, ref.get);
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const ref = this._action("search", (model) => searchRange(model, wholeBody(model), searchText, options));
    return new FakeRangeCollection(this.context, ref.get);
  }

  getComments(): FakeCommentCollection {
    const ref = this._action("getComments", (model) => [...model.comments]);
    return new FakeCommentCollection(this.context, ref.get);
  }

  select(_selectionMode?: string): void {
    this._action("select", (model) => model.select(wholeBody(model)));
  }
}
