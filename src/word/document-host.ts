import type { DocSnapshot } from "../core/document";
import type { Finding } from "../core/report";
import type { Profile } from "../core/profile/schema";
import type { SectionId } from "../core/sections";

/**
 * The port the task pane and ribbon commands talk to. The Word layer implements it with Office.js;
 * nothing above it knows about Word. Types only: importing it loads no Office.js code.
 */
export interface HostCapabilities {
  /** WordApi 1.4: comments can mark findings. */
  comments: boolean;
  /** WordApi 1.7 critique annotations, which also need a Microsoft 365 subscription (probed, not assumed). */
  annotations: boolean;
  /** WordApi 1.6 paragraph events drive the live check; otherwise focus/visibility and "Check now". */
  paragraphEvents: boolean;
  /** WordApi 1.4: the change-tracking mode can be read. */
  changeTracking: boolean;
}

export interface InsertResult {
  inserted: SectionId[];
  /** True when Track Changes was on, so the insertion shows as revisions. */
  tracked: boolean;
}

export type LocateResult =
  | { selected: "text" }
  | { selected: "paragraph"; reason: string }
  | { selected: "none"; reason: string };

export type FixResult = { applied: true; message: string } | { applied: false; reason: string };

export interface MarkResult {
  method: "annotations" | "comments" | "none";
  count: number;
  /** Why a richer method was not used, when it fell back; also says when earlier marks could not be removed. */
  note?: string;
  /** Earlier marks Word would not remove before marking again (they are tried again next time). */
  notRemoved?: number;
}

export interface ClearResult {
  removed: number;
  /** Marks Word would not remove (some comments on a Mac, for one); they are tried again next time. */
  notRemoved: number;
}

export interface HeadingsResult {
  /** Paragraphs given a heading style. */
  changed: number;
  /** Paragraphs left as they were, with why (changed since the check, in a locked control, a list item). */
  refused: { text: string; reason: string }[];
  /** True when Track Changes was on. */
  tracked: boolean;
}

export interface HostTheme {
  isDark: boolean;
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

export interface DocumentHost {
  readonly capabilities: HostCapabilities;
  readSnapshot(): Promise<DocSnapshot>;
  /** Insert the sections the document lacks (all of them into an empty document). Never deletes or moves text. */
  insertTemplate(profile: Profile): Promise<InsertResult>;
  /** Select the finding's text in the document (falls back to its paragraph). */
  locate(finding: Finding): Promise<LocateResult>;
  /** Apply the finding's fix after re-reading its target; refuses when the target changed since the check. */
  applyFix(finding: Finding, profile: Profile): Promise<FixResult>;
  /** Applies every heading-style fix among the findings in one batch (two round trips); absent on hosts without it. */
  makeHeadingsReal?(findings: Finding[]): Promise<HeadingsResult>;
  mark(findings: Finding[]): Promise<MarkResult>;
  /** Remove every mark this add-in made; returns how many were removed. */
  clearMarks(): Promise<number>;
  /** As clearMarks, and also says how many marks Word would not remove. */
  removeMarks?(): Promise<ClearResult>;
  /**
   * Called when the document changes, or may have changed unseen because the officer returned to the pane (it
   * regained focus or became visible); not for this add-in's own edits. Returns an unsubscribe function.
   */
  onDocumentChanged(listener: () => void): () => void;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  theme(): HostTheme | undefined;
}

/** What connecting to Word gives the pane; each outcome has its own screen. */
export type ConnectResult =
  | { status: "ready"; host: DocumentHost }
  | { status: "outside-office" }
  | { status: "unsupported"; message: string }
  | { status: "error"; message: string };
