import { FakeAnnotation } from "./annotation";
import { WORD_API_SETS } from "./api-sets.generated";
import { FakeBody } from "./body";
import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { ErrorCodes, FakeOfficeError } from "./errors";
import type { ChangeTrackingMode, DocumentModel, ParagraphEvent, ParagraphEventKind } from "./model";
import { FakeParagraph } from "./paragraph";
import { FakeRange } from "./range";

/** What `remove()` needs: the same request context that added the handler, and a sync. */
export class FakeEventHandlerResult {
  unregister: (() => void) | undefined;

  constructor(readonly context: FakeRequestContext) {}

  remove(): void {
    this.context._enqueue(() => {
      this.unregister?.();
      this.unregister = undefined;
    });
  }
}

/** Paragraph events (WordApi 1.6): handlers take effect on sync and are called asynchronously, after the change. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly type: ParagraphEventKind,
  ) {}

  add(handler: (args: ParagraphEvent) => unknown): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    const environment = this.context.environment;
    this.context._enqueue(() => {
      const member = `on${this.type}`;
      const apiSet = WORD_API_SETS.Document?.[member];
      if (apiSet) environment.requireApiSet(apiSet, `Document.${member}`);
      result.unregister = environment.model.addEventSink((event) => {
        if (event.type !== this.type) return;
        environment.deliverEvent(() => {
          if (result.unregister) void handler({ ...event, uniqueLocalIds: [...event.uniqueLocalIds] });
        });
      });
    });
    return result;
  }
}

export class FakeDocumentObject extends FakeClientObject<DocumentModel> {
  protected readonly typeName = "Document";
  protected readonly scalarNames = ["changeTrackingMode"] as const;
  // Word members are getters, never fields set in the constructor: touching one is what the member guard checks.
  private bodyProxy: FakeBody | undefined;
  private readonly handlers = new Map<ParagraphEventKind, FakeEventHandlers>();

  constructor(context: FakeRequestContext) {
    super(context, () => context.environment.model);
  }

  get body(): FakeBody {
    this.bodyProxy ??= new FakeBody(this.context, () => this.context.environment.model);
    return this.bodyProxy;
  }

  get onParagraphAdded(): FakeEventHandlers {
    return this.handlersFor("ParagraphAdded");
  }

  get onParagraphChanged(): FakeEventHandlers {
    return this.handlersFor("ParagraphChanged");
  }

  get onParagraphDeleted(): FakeEventHandlers {
    return this.handlersFor("ParagraphDeleted");
  }

  private handlersFor(type: ParagraphEventKind): FakeEventHandlers {
    let handlers = this.handlers.get(type);
    if (!handlers) {
      handlers = new FakeEventHandlers(this.context, type);
      this.handlers.set(type, handlers);
    }
    return handlers;
  }

  get changeTrackingMode(): ChangeTrackingMode {
    return this._value("changeTrackingMode");
  }

  set changeTrackingMode(mode: ChangeTrackingMode) {
    this._write("changeTrackingMode", mode, (model) => model.setTrackingMode(mode));
  }

  protected _read(_name: string, model: DocumentModel): unknown {
    return model.changeTrackingMode;
  }

  getSelection(): FakeRange {
    const ref = this._action("getSelection", (model) => model.selection);
    return new FakeRange(this.context, ref.get);
  }

  /** The paragraph with that uniqueLocalId (WordApi 1.6); ItemNotFound when there is none. */
  getParagraphByUniqueLocalId(id: string): FakeParagraph {
    const ref = this._action("getParagraphByUniqueLocalId", (model) => {
      const paragraph = model.paragraphs.find((candidate) => candidate.id === id);
      if (!paragraph) throw new FakeOfficeError(ErrorCodes.itemNotFound, `No paragraph has the unique local id "${id}".`);
      return paragraph;
    });
    return new FakeParagraph(this.context, () => {
      const paragraph = ref.get();
      this.model.assertAlive(paragraph);
      return paragraph;
    });
  }

  getAnnotationById(id: string): FakeAnnotation {
    const ref = this._action(
      "getAnnotationById",
      (model) => {
        this.context.environment.failIfAnnotationsUnavailable();
        const annotation = model.annotations.find((candidate) => candidate.id === id);
        if (!annotation) throw new FakeOfficeError(ErrorCodes.itemNotFound, `No annotation has the id "${id}".`);
        return annotation;
      },
    );
    return new FakeAnnotation(this.context, ref.get);
  }
}
