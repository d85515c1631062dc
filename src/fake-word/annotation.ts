import { FakeCollection, FakeClientObject } from "./client-object";
import type { AnnotationModel } from "./model";

/** Word.Annotation (WordApi 1.7): a critique underline the add-in placed in a paragraph. */
export class FakeAnnotation extends FakeClientObject<AnnotationModel> {
  protected readonly typeName = "Annotation";
  protected readonly scalarNames = ["id", "state"] as const;

  get id(): string {
    return this._value("id");
  }

  get state(): string {
    return this._value("state");
  }

  protected _read(name: string, annotation: AnnotationModel): unknown {
    return annotation[name as keyof AnnotationModel];
  }

  delete(): void {
    this._action(
      "delete",
      (annotation) => {
        this.context.environment.failIfAnnotationsUnavailable();
        this.model.deleteAnnotation(annotation);
      },
    );
  }
}

export class FakeAnnotationCollection extends FakeCollection<AnnotationModel, FakeAnnotation> {
  protected readonly typeName = "AnnotationCollection";

  protected _item(annotation: AnnotationModel): FakeAnnotation {
    return new FakeAnnotation(this.context, () => annotation);
  }
}
