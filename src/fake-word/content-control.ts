import { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
import type { ControlModel } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { FakeRange, FakeRangeCollection } from "./range";
import { insertParagraphAtControl, searchRange, subRange } from "./range-ops";
import type { SearchOptions } from "./search";
import { FakeTrackedChangeCollection, reviewVersion } from "./tracked-change";

type WritableControlProperty = "tag" | "title" | "appearance" | "placeholderText" | "color" | "cannotDelete" | "cannotEdit";

/** A rich-text content control around one or more whole paragraphs. */
export class FakeContentControl extends FakeClientObject<ControlModel> {
  protected readonly typeName = "ContentControl";
  protected readonly scalarNames = [
    "id",
    "tag",
    "title",
    "appearance",
    "placeholderText",
    "color",
    "cannotDelete",
    "cannotEdit",
    "text",
    "type",
  ] as const;

  get id(): number {
    return this._value("id");
  }

  get text(): string {
    return this._value("text");
  }

  get type(): string {
    return this._value("type");
  }

  get tag(): string {
    return this._value("tag");
  }

  set tag(value: string) {
    this.writeControl("tag", value);
  }

  get title(): string {
    return this._value("title");
  }

  set title(value: string) {
    this.writeControl("title", value);
  }

  get appearance(): ControlModel["appearance"] {
    return this._value("appearance");
  }

  set appearance(value: ControlModel["appearance"]) {
    this.writeControl("appearance", value);
  }

  get placeholderText(): string {
    return this._value("placeholderText");
  }

  set placeholderText(value: string) {
    this.writeControl("placeholderText", value);
  }

  get color(): string {
    return this._value("color");
  }

  set color(value: string) {
    this.writeControl("color", value);
  }

  get cannotDelete(): boolean {
    return this._value("cannotDelete");
  }

  set cannotDelete(value: boolean) {
    this.writeControl("cannotDelete", value);
  }

  get cannotEdit(): boolean {
    return this._value("cannotEdit");
  }

  set cannotEdit(value: boolean) {
    this.writeControl("cannotEdit", value);
  }

  private writeControl<K extends WritableControlProperty>(name: K, value: ControlModel[K]): void {
    this._write(name, value, (control) => {
      control[name] = value;
      for (const paragraph of this.model.controlParagraphs(control)) this.model.markChanged(paragraph);
    });
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.context, () => this.model.controlParagraphs(this._resolve()));
  }

  protected _read(name: string, control: ControlModel): unknown {
    if (name === "text") return this.model.textOf(this.model.controlRange(control));
    if (name === "type") return "RichText";
    return control[name as keyof ControlModel];
  }

  insertParagraph(text: string, location: string): FakeParagraph {
    const ref = this._action("insertParagraph", (control) => insertParagraphAtControl(this.model, control, text, location));
    return new FakeParagraph(this.context, ref.get);
  }

  getRange(location = "Whole"): FakeRange {
    const ref = this._action("getRange", (control) => subRange(this.model, this.model.controlRange(control), location, "ContentControl.getRange"));
    return new FakeRange(this.context, ref.get);
  }

  getReviewedText(changeTrackingVersion?: string): FakeClientResult<string> {
    const ref = this._action("getReviewedText", (control) => this.model.textOf(this.model.controlRange(control), reviewVersion(changeTrackingVersion)));
    return new FakeClientResult(ref);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    const ref = this._action("getTrackedChanges", (control) => this.model.trackedChanges(this.model.controlRange(control)));
    return new FakeTrackedChangeCollection(this.context, ref.get);
  }

  search(searchText: string, options: SearchOptions = {}): FakeRangeCollection {
    const ref = this._action("search", (control) => searchRange(this.model, this.model.controlRange(control), searchText, options));
    return new FakeRangeCollection(this.context, ref.get);
  }

  select(_selectionMode?: string): void {
    this._action("select", (control) => this.model.select(this.model.controlRange(control)));
  }
}

export class FakeContentControlCollection extends FakeCollection<ControlModel, FakeContentControl> {
  protected readonly typeName = "ContentControlCollection";

  protected _item(control: ControlModel): FakeContentControl {
    return new FakeContentControl(this.context, () => control);
  }

  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this._resolve().filter((control) => control.tag === tag));
  }

  getByTitle(title: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.context, () => this._resolve().filter((control) => control.title === title));
  }

  getFirst(): FakeContentControl {
    return new FakeContentControl(this.context, this._at("getFirst", (all) => all[0], false));
  }

  getFirstOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.context, this._at("getFirstOrNullObject", (all) => all[0], true));
  }
}
