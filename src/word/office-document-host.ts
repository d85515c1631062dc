import type { ClearResult, DocumentHost, FixResult, HeadingsResult, HostCapabilities, HostTheme, InsertResult, LocateResult, MarkResult } from "../core/document-host";
import type { DocSnapshot } from "../core/document";
import type { Profile } from "../core/profile/schema";
import type { Finding } from "../core/report";
import { applyFix, inThreadCheck, type ReportChecker } from "./apply-fix";
import { browserFocusSource, watchDocumentChanges, type FocusSource } from "./change-events";
import { headingFixes, makeHeadingsReal } from "./heading-styles";
import { insertMissingSections } from "./insert-template";
import { locateFinding } from "./locate";
import { FindingMarks } from "./marks";
import { isSetSupported, type OfficeApi } from "./office-api";
import { OwnEdits } from "./own-edits";
import { FEATURE_SETS } from "./requirements";
import { readDocument, type ReadFeatures } from "./read-snapshot";
import type { TextMap } from "./text-map";
import { getSetting, readTheme, setSetting } from "./settings";

export interface OfficeDocumentHostOptions {
  /** Quiet time before a burst of edits triggers one re-check. */
  debounceMs?: number;
  /** How long after our own edit its paragraph events keep arriving and are ignored. */
  ownEditGraceMs?: number;
  /** Where the fallback for missing paragraph events listens (default: window focus and visibility). */
  focusSource?: FocusSource;
  now?: () => number;
  /** Runs the check that confirms a fix is still proposed (default: in this thread). The pane passes its worker checker. */
  checker?: ReportChecker;
  /** Where Word runs, as Office.onReady reports it ("PC", "Mac", "OfficeOnline"...): desktop Word marks with comments. */
  platform?: string | undefined;
}

/** Desktop platforms, where critiques can be accepted and stay invisible (office-js #6595, #5225, #4317). */
export const DESKTOP_PLATFORMS: ReadonlySet<string> = new Set(["PC", "Mac"]);

/** The DocumentHost port, implemented with Office.js. Everything above WordApi 1.3 is feature-detected. */
export class OfficeDocumentHost implements DocumentHost {
  private readonly ownEdits: OwnEdits;
  private readonly marks: FindingMarks;
  private readonly debounceMs: number;
  private readonly focusSource: FocusSource | undefined;
  private readonly checker: ReportChecker;
  /** The last read's paragraph maps: they say what to search for when a finding from that read is acted on. */
  private maps: TextMap[] = [];

  constructor(
    private readonly api: OfficeApi,
    options: OfficeDocumentHostOptions = {},
  ) {
    this.ownEdits = new OwnEdits(options.ownEditGraceMs ?? 500, options.now);
    this.debounceMs = options.debounceMs ?? 300;
    this.focusSource = "focusSource" in options ? options.focusSource : browserFocusSource();
    this.checker = options.checker ?? inThreadCheck;
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
    const { snapshot, maps } = await this.api.Word.run((context) => readDocument(context, this.readFeatures()));
    this.maps = maps;
    return snapshot;
  }

  async insertTemplate(profile: Profile): Promise<InsertResult> {
    const { plan, tracked, refused } = await this.write((context) =>
      insertMissingSections(context, profile, { readTracking: this.capabilities.changeTracking, features: this.readFeatures() }),
    );
    if (refused) throw new Error(refused);
    return { inserted: plan.missing, tracked };
  }

  locate(finding: Finding): Promise<LocateResult> {
    return this.api.Word.run((context) => locateFinding(context, finding, this.readFeatures(), this.expectedMap(finding)));
  }

  applyFix(finding: Finding, profile: Profile): Promise<FixResult> {
    return this.write((context) => applyFix(context, finding, profile, this.capabilities.changeTracking, this.checker, this.readFeatures(), this.expectedMap(finding)));
  }

  makeHeadingsReal(findings: Finding[]): Promise<HeadingsResult> {
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
    return watchDocumentChanges(this.api, listener, {
      paragraphEvents: this.capabilities.paragraphEvents,
      ownEdits: this.ownEdits,
      debounceMs: this.debounceMs,
      focusSource: this.focusSource,
    });
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
