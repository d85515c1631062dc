import type { ClearResult, DocumentHost, FixResult, HeadingsResult, HostCapabilities, HostTheme, InsertResult, LocateResult, MarkResult } from "./document-host";
import type { DocSnapshot } from "../core/document";
import type { Profile } from "../core/profile/schema";
import type { Finding } from "../core/report";
import type { Checker } from "../core/checker";
import { watchDocumentChanges, type FocusSource } from "./change-events";
import { locateFinding } from "./locate";
import { FindingMarks } from "./marks";
import { isSetSupported, type OfficeApi } from "./office-api";
import { OwnEdits } from "./own-edits";
import { FEATURE_SETS } from "./requirements";
import { IncrementalReader, type ReadCost } from "./incremental-read";
import { readDocument, type ReadFeatures } from "./read-snapshot";
import type { TextMap } from "./text-map";
import { getSetting, readTheme, setSetting } from "./settings";

export interface OfficeDocumentHostOptions {
  /** Quiet time before a burst of edits triggers one re-check. */
  debounceMs?: number;
  /** How long after our own edit its paragraph events keep arriving and are ignored. */
  ownEditGraceMs?: number;
  /** Where a return to the pane is heard, which may mean unreported edits; without one, only Word's events are. */
  focusSource?: FocusSource;
  now?: () => number;
  /** Runs the check that confirms a fix is still proposed (default: in this thread). The pane passes its worker checker. */
  checker?: Checker;
  /** Where Word runs, as Office.onReady reports it ("PC", "Mac", "OfficeOnline"...): desktop Word marks with comments. */
  platform?: string | undefined;
  /** Told what each read of the document cost (paragraphs read, round trips). */
  onRead?: (cost: ReadCost) => void;
}

/** Desktop platforms, where critiques can be accepted and stay invisible (office-js #6595, #5225, #4317). */
export const DESKTOP_PLATFORMS: ReadonlySet<string> = new Set(["PC", "Mac"]);

/** The DocumentHost port, implemented with Office.js. Everything above WordApi 1.3 is feature-detected. */
export class OfficeDocumentHost implements DocumentHost {
  private readonly ownEdits: OwnEdits;
  private readonly marks: FindingMarks;
  private readonly debounceMs: number;
  private readonly focusSource: FocusSource | undefined;
  private readonly checker: Checker | undefined;
  /** The last read's paragraph maps: they say what to search for when a finding from that read is acted on. */
  private maps: TextMap[] = [];
  /** With paragraph events, a live re-check reads only the paragraphs Word says changed. */
  private readonly reader = new IncrementalReader();
  private readonly onRead: ((cost: ReadCost) => void) | undefined;

  constructor(
    private readonly api: OfficeApi,
    options: OfficeDocumentHostOptions = {},
  ) {
    this.ownEdits = new OwnEdits(options.ownEditGraceMs ?? 500, options.now);
    this.debounceMs = options.debounceMs ?? 300;
    this.focusSource = options.focusSource;
    this.checker = options.checker;
    this.onRead = options.onRead;
    this.marks = new FindingMarks({
      batch: (work) => this.write(work),
      supported: () => this.supportedSets(),
      features: () => this.readFeatures(),
      maps: () => this.maps,
      preferComments: DESKTOP_PLATFORMS.has(options.platform ?? ""),
    });
  }

  get capabilities(): HostCapabilities {
    const sets = this.supportedSets();
    return { ...sets, annotations: sets.annotations && this.marks.annotationsWork };
  }

  private supportedSets(): HostCapabilities {
    return {
      comments: isSetSupported(this.api, FEATURE_SETS.comments),
      annotations: isSetSupported(this.api, FEATURE_SETS.annotations),
      paragraphEvents: isSetSupported(this.api, FEATURE_SETS.paragraphEvents),
      changeTracking: isSetSupported(this.api, FEATURE_SETS.changeTracking),
    };
  }

  /** Reading without tracked deletions needs WordApi 1.4 (getReviewedText). */
  private readFeatures(): ReadFeatures {
    return { reviewedText: isSetSupported(this.api, FEATURE_SETS.reviewedText) };
  }

  private expectedMap(finding: Finding): TextMap | undefined {
    return finding.location ? this.maps[finding.location.block] : undefined;
  }

  /** A batch that writes: its paragraph events are ours, not the officer's. */
  private write<T>(work: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    return this.ownEdits.during(() => this.api.Word.run(work));
  }

  async readSnapshot(): Promise<DocSnapshot> {
    // While our own edit may still be reporting its paragraphs, a partial read could miss them: read everything.
    const ownEdit = this.ownEdits.active ? "the add-in's own edit may still be reporting" : undefined;
    const { snapshot, maps } = await this.api.Word.run((context) =>
      this.capabilities.paragraphEvents ? this.reader.read(context, this.readFeatures(), ownEdit) : readDocument(context, this.readFeatures()),
    );
    this.maps = maps;
    if (this.onRead) this.onRead(this.capabilities.paragraphEvents && this.reader.lastCost ? this.reader.lastCost : { full: true, paragraphsRead: maps.length, idsListed: 0, syncs: 1 });
    return snapshot;
  }

  // Writing code loads when the officer first writes (insert, fix, headings), not with the pane.
  async insertTemplate(profile: Profile): Promise<InsertResult> {
    const { insertMissingSections } = await import(/* webpackChunkName: "word-writes" */ "./insert-template");
    const { plan, tracked, refused } = await this.write((context) =>
      insertMissingSections(context, profile, { readTracking: this.capabilities.changeTracking, features: this.readFeatures() }),
    );
    if (refused) throw new Error(refused);
    return { inserted: plan.missing, tracked };
  }

  locate(finding: Finding): Promise<LocateResult> {
    return this.api.Word.run((context) => locateFinding(context, finding, this.readFeatures(), this.expectedMap(finding)));
  }

  async applyFix(finding: Finding, profile: Profile): Promise<FixResult> {
    const { applyFix } = await import(/* webpackChunkName: "word-writes" */ "./apply-fix");
    return this.write((context) => applyFix(context, finding, profile, this.capabilities.changeTracking, this.checker, this.readFeatures(), this.expectedMap(finding)));
  }

  async makeHeadingsReal(findings: Finding[]): Promise<HeadingsResult> {
    const { headingFixes, makeHeadingsReal } = await import(/* webpackChunkName: "word-writes" */ "./heading-styles");
    return this.write((context) => makeHeadingsReal(context, headingFixes(findings), this.capabilities.changeTracking, this.readFeatures()));
  }

  mark(findings: Finding[]): Promise<MarkResult> {
    return this.marks.mark(findings);
  }

  async clearMarks(): Promise<number> {
    return (await this.marks.clear()).removed;
  }

  removeMarks(): Promise<ClearResult> {
    return this.marks.clear();
  }

  onDocumentChanged(listener: () => void): () => void {
    // Edits made while the pane was hidden or unfocused may have gone unreported: the next read is full.
    const stopFocus = this.focusSource?.(() => this.reader.invalidate("the pane regained focus"));
    const stopWatching = watchDocumentChanges(this.api, listener, {
      paragraphEvents: this.capabilities.paragraphEvents,
      sink: this.reader,
      ownEdits: this.ownEdits,
      debounceMs: this.debounceMs,
      focusSource: this.focusSource,
    });
    return () => {
      stopFocus?.();
      stopWatching();
    };
  }

  async getSetting(key: string): Promise<string | undefined> {
    return getSetting(this.api, key);
  }

  setSetting(key: string, value: string): Promise<void> {
    return setSetting(this.api, key, value);
  }

  theme(): HostTheme | undefined {
    return readTheme(this.api);
  }
}
