import { FakeClientObject, FakeCollection } from "./client-object";
import { ErrorCodes, FakeOfficeError } from "./errors";
import type { DocumentModel, TrackedChangeModel } from "./model";
import { FakeRange } from "./range";
import { checkLocation } from "./range-ops";

/** Word.TrackedChange (WordApi 1.6): one run of characters one tracked change inserted or deleted. */
export class FakeTrackedChange extends FakeClientObject<TrackedChangeModel> {
  protected readonly typeName = "TrackedChange";
  protected readonly scalarNames = ["author", "date", "text", "type"] as const;

  get author(): string {
    return this._value("author");
  }

  get date(): Date {
    return this._value("date");
  }

  get text(): string {
    return this._value("text");
  }

  get type(): string {
    return this._value("type");
  }

  protected _read(name: string, change: TrackedChangeModel): unknown {
    if (name === "text") return change.paragraph.text.slice(change.start, change.end);
    if (name === "date") return new Date(change.revision.date);
    return change.revision[name as "author" | "type"];
  }

  accept(): void {
    this._action("accept", (change) => this.model.resolveRevision(change.revision, true));
  }

  reject(): void {
    this._action("reject", (change) => this.model.resolveRevision(change.revision, false));
  }

  getRange(rangeLocation = "Whole"): FakeRange {
    const ref = this._action("getRange", (change) => {
      const where = checkLocation(rangeLocation, ["Whole", "Start", "End"] as const, "TrackedChange.getRange");
      const start = { paragraph: change.paragraph, offset: where === "End" ? change.end : change.start };
      const end = { paragraph: change.paragraph, offset: where === "Start" ? change.start : change.end };
      return { start, end };
    });
    return new FakeRange(this.context, ref.get);
  }
}

/** The tracked change as it is now: the run of its characters in the same paragraph (positions move with edits). */
function current(model: DocumentModel, change: TrackedChangeModel): TrackedChangeModel | null {
  if (!model.isAlive(change.paragraph)) return null;
  return model.trackedChanges(model.wholeParagraph(change.paragraph)).find((run) => run.revision === change.revision) ?? null;
}

export class FakeTrackedChangeCollection extends FakeCollection<TrackedChangeModel, FakeTrackedChange> {
  protected readonly typeName = "TrackedChangeCollection";

  protected _item(change: TrackedChangeModel): FakeTrackedChange {
    return new FakeTrackedChange(this.context, () => current(this.model, change));
  }

  acceptAll(): void {
    this._action("acceptAll", (changes) => {
      for (const revision of new Set(changes.map((change) => change.revision))) this.model.resolveRevision(revision, true);
    });
  }

  rejectAll(): void {
    this._action("rejectAll", (changes) => {
      for (const revision of new Set(changes.map((change) => change.revision))) this.model.resolveRevision(revision, false);
    });
  }

  getFirst(): FakeTrackedChange {
    return new FakeTrackedChange(this.context, this._at("getFirst", (all) => all[0], false));
  }

  getFirstOrNullObject(): FakeTrackedChange {
    return new FakeTrackedChange(this.context, this._at("getFirstOrNullObject", (all) => all[0], true));
  }
}

/** getReviewedText's argument: "Current" (the default) or "Original". */
export function reviewVersion(version: string | undefined): "Current" | "Original" {
  const which = version ?? "Current";
  if (which !== "Current" && which !== "Original") {
    throw new FakeOfficeError(ErrorCodes.invalidArgument, `getReviewedText takes "Original" or "Current", not "${which}".`);
  }
  return which;
}
