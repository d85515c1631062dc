import type { FakeClientObject } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeEnvironment, type SupportedSets } from "./environment";
import { ErrorCodes } from "./errors";
import { FakeWordDocument } from "./handle";
import { DocumentModel, type ContentInit } from "./model";
import { createOfficeNamespace, LIGHT_THEME, type FakeTheme } from "./office";

/**
 * A simulated Word for the Office.js subset the Word layer uses. Pure TypeScript: the tests run it in Node and the
 * workbench runs it in the browser as its document.
 *
 *   const { Word, Office, document } = createFakeOffice({ content: [{ text: "Hello", styleBuiltIn: "Heading1" }] });
 *
 * `Word` and `Office` are typed as the real namespaces so they can be handed to code written against Office.js;
 * only the members listed in README.md exist.
 */
export interface FakeOfficeOptions {
  /** The document as opened; an empty list gives Word's empty document (one empty paragraph). */
  content?: ContentInit[];
  /** Requirement sets the host reports. Default { WordApi: "1.9" }. */
  supportedSets?: SupportedSets;
  /** Annotation calls fail with GeneralException although WordApi 1.7 is reported (perpetual licences). */
  annotationsFail?: boolean;
  /** What Office.onReady reports as the host: "Word" (default), another app, or null for a plain browser page. */
  host?: string | null;
  /** "PC" (default, Word on Windows), "Mac", "OfficeOnline" (Word on the web: no officeTheme)… */
  platform?: string | null;
  /** "never": Office.onReady never settles (Word's scripts blocked); { afterMs }: it settles that late (office-js #3330). */
  ready?: "immediately" | "never" | { afterMs: number };
  /** Office.context.officeTheme; null when the host has none. Default a light theme. */
  theme?: FakeTheme | null;
  /** Settings already saved in the document. */
  settings?: Record<string, unknown>;
  settingsSaveFails?: boolean;
  /** Tracked deletions show inline, so `text` keeps them (default, Word's own default); false: in balloons. */
  revisionsInline?: boolean;
  /** insertAnnotations succeeds and returns ids, but nothing shows (office-js #6595, #5225, #4317). */
  critiquesInvisible?: boolean;
  /** Range.insertComment fails with NotAllowed (office-js #6746). */
  insertCommentFails?: boolean;
  /** Paragraph events arrive this many milliseconds after the change. */
  paragraphEventDelayMs?: number;
  /** How asynchronous callbacks (events, onReady, saveAsync) are delivered. Default setTimeout(…, 0). */
  schedule?: (callback: () => void) => void;
}

/** One add-in runtime: the task pane's, or the ribbon function file's. Each has its own copy of the settings. */
export interface FakeRuntime {
  Word: typeof Word;
  Office: typeof Office;
}

export interface FakeOffice extends FakeRuntime {
  document: FakeWordDocument;
  /** Another runtime on the same document (the ribbon's function file), with settings read from the document now. */
  openRuntime(): FakeRuntime;
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const model = new DocumentModel(options.content ?? []);
  model.revisionsInline = options.revisionsInline ?? true;
  model.critiquesInvisible = options.critiquesInvisible ?? false;
  const environment = new FakeEnvironment(
    model,
    { ...(options.supportedSets ?? { WordApi: "1.9" }) },
    options.annotationsFail ?? false,
    options.schedule ?? ((callback) => void setTimeout(callback, 0)),
  );
  environment.insertCommentFails = options.insertCommentFails ?? false;
  environment.paragraphEventDelayMs = options.paragraphEventDelayMs ?? 0;
  const hostOptions = {
    host: options.host === undefined ? "Word" : options.host,
    platform: options.platform === undefined ? "PC" : options.platform,
    ready: options.ready ?? "immediately",
    theme: options.theme === undefined ? { ...LIGHT_THEME } : options.theme,
    settingsSaveFails: options.settingsSaveFails ?? false,
  };
  const savedSettings = structuredClone(options.settings ?? {});
  const actions = new Map<string, (event?: unknown) => unknown>();

  const runtime = (): FakeRuntime => ({
    Word: createWordNamespace(environment) as unknown as typeof Word,
    Office: createOfficeNamespace(environment, hostOptions, savedSettings, actions) as unknown as typeof Office,
  });
  return {
    ...runtime(),
    document: new FakeWordDocument(model, environment, hostOptions, savedSettings, actions),
    openRuntime: runtime,
  };
}

function createWordNamespace(environment: FakeEnvironment) {
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(environment);
    }
  }

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: FakeRequestContext) => Promise<T>;
    const anchor = args.length > 1 ? args[0] : undefined;
    const first = Array.isArray(anchor) ? anchor[0] : anchor;
    const context =
      first instanceof FakeRequestContext
        ? first
        : first
          ? (first as FakeClientObject<unknown>).context
          : new FakeRequestContext(environment);
    const result = await batch(context);
    // Word.run sends whatever the batch left queued: one more round trip.
    if (context._hasPendingActions) await context.sync();
    return result;
  }

  return {
    run,
    RequestContext,
    ErrorCodes,
    InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" } as const,
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" } as const,
    ChangeTrackingVersion: { original: "Original", current: "Current" } as const,
    EventSource: { local: "Local", remote: "Remote" } as const,
  };
}

export { contentFromBlocks } from "./blocks";
export { DARK_THEME, LIGHT_THEME, type FakeTheme } from "./office";
export { ErrorCodes, FakeOfficeError } from "./errors";
export type { CommentInit, ContentInit, ControlInit, ParagraphInit, RevisionInit } from "./model";
export type { SupportedSets } from "./environment";
export type {
  FakeWordDocument,
  ParagraphView,
  ControlView,
  CommentView,
  AnnotationView,
  SelectionView,
  SegmentView,
  RevisionView,
} from "./handle";
