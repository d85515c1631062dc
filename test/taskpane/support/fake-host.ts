import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planInsertion, applyInsertionPlan, snapshotFromText } from "../../../src/core";
import type { DocSnapshot } from "../../../src/core/document";
import type { DocumentHost, FixResult, HeadingsResult, HostCapabilities, InsertResult, LocateResult, MarkResult } from "../../../src/word/document-host";
import type { Profile } from "../../../src/core/profile/schema";
import type { Finding } from "../../../src/core/report";
import { paneFocus } from "../../../src/taskpane/pane-focus";

export type HostMethod = Exclude<keyof DocumentHost, "capabilities">;

export function seedSnapshot(name: "kent-stls-redesign-2022.md" | "kent-send-strategy-2021.txt"): DocSnapshot {
  return snapshotFromText(readFileSync(join(__dirname, "../../../src/workbench/records", name), "utf8"));
}

/**
 * A DocumentHost over an in-memory DocSnapshot, behaving as the Word layer promises: insertion adds only the
 * missing sections, a fix is applied only when its target still reads as the check saw it, marks are counted,
 * settings live in the document, a return to the pane is reported as a possible change. Any method can be made to
 * fail the way a Word API call does (it rejects).
 */
export class FakeDocumentHost implements DocumentHost {
  readonly capabilities: HostCapabilities = { comments: true, annotations: false, paragraphEvents: true, changeTracking: true };
  snapshot: DocSnapshot;
  readonly settings = new Map<string, string>();
  /** Track Changes on: insertions come back as tracked. */
  trackChanges = false;
  /** undefined: Office gives no theme. */
  dark: boolean | undefined = false;
  /** Fixes are refused with this reason, as when the officer edited the target after the check. */
  refuseFixesWith: string | undefined;
  readonly failures = new Map<HostMethod, string>();
  readonly calls = {
    readSnapshot: 0,
    insertTemplate: [] as Profile[],
    locate: [] as Finding[],
    applyFix: [] as Finding[],
    mark: [] as Finding[][],
    clearMarks: 0,
    setSetting: [] as [string, string][],
  };
  private marks = 0;
  private readonly listeners = new Set<() => void>();

  constructor(snapshot: DocSnapshot = { blocks: [] }) {
    this.snapshot = snapshot;
  }

  get changeListeners(): number {
    return this.listeners.size;
  }

  /** An edit by the officer: the host reports it to every listener. */
  edit(change: (snapshot: DocSnapshot) => DocSnapshot): void {
    this.snapshot = change(this.snapshot);
    for (const listener of [...this.listeners]) listener();
  }

  async readSnapshot(): Promise<DocSnapshot> {
    this.failIfAsked("readSnapshot");
    this.calls.readSnapshot += 1;
    return { blocks: this.snapshot.blocks.map((block) => ({ ...block })) };
  }

  async insertTemplate(profile: Profile): Promise<InsertResult> {
    this.failIfAsked("insertTemplate");
    this.calls.insertTemplate.push(profile);
    const plan = planInsertion(this.snapshot, profile);
    this.snapshot = applyInsertionPlan(this.snapshot, plan);
    return { inserted: plan.missing, tracked: this.trackChanges };
  }

  async locate(finding: Finding): Promise<LocateResult> {
    this.failIfAsked("locate");
    this.calls.locate.push(finding);
    const location = finding.location;
    if (!location || !this.snapshot.blocks[location.block]) return { selected: "none", reason: "That paragraph is no longer in the document." };
    return this.targetUnchanged(finding)
      ? { selected: "text" }
      : { selected: "paragraph", reason: "The text has changed since the check, so its paragraph is selected." };
  }

  async applyFix(finding: Finding, profile: Profile): Promise<FixResult> {
    this.failIfAsked("applyFix");
    this.calls.applyFix.push(finding);
    const fix = finding.fix;
    if (!fix) return { applied: false, reason: "This finding has no fix." };
    if (this.refuseFixesWith) return { applied: false, reason: this.refuseFixesWith };
    if (fix.kind === "insert-section") {
      const plan = planInsertion(this.snapshot, profile, fix.section);
      if (plan.steps.length === 0) return { applied: false, reason: "The section is already in the document." };
      this.snapshot = applyInsertionPlan(this.snapshot, plan);
      return { applied: true, message: fix.description };
    }
    if (!this.targetUnchanged(finding)) return { applied: false, reason: "The text has changed since the check." };
    if (fix.kind === "heading-style") {
      const blocks = [...this.snapshot.blocks];
      const level = fix.style === "Title" ? 1 : Number(fix.style.slice(-1));
      blocks[fix.location.block] = { ...blocks[fix.location.block], style: fix.style, outlineLevel: level };
      this.snapshot = { blocks };
      return { applied: true, message: fix.description };
    }
    const { block, start, length } = fix.location;
    const blocks = [...this.snapshot.blocks];
    const text = blocks[block].text;
    blocks[block] = { ...blocks[block], text: text.slice(0, start) + fix.replacement + text.slice(start + length) };
    this.snapshot = { blocks };
    return { applied: true, message: fix.description };
  }

  /** As the Word layer: each heading-style fix whose paragraph still reads as the check saw it gets its style, text untouched. */
  async makeHeadingsReal(findings: Finding[]): Promise<HeadingsResult> {
    this.failIfAsked("makeHeadingsReal");
    const blocks = [...this.snapshot.blocks];
    let changed = 0;
    const refused: HeadingsResult["refused"] = [];
    for (const finding of findings) {
      const fix = finding.fix;
      if (fix?.kind !== "heading-style") continue;
      if (!this.targetUnchanged(finding)) {
        refused.push({ text: fix.location.text, reason: `“${fix.location.text}” has changed since the check.` });
        continue;
      }
      blocks[fix.location.block] = { ...blocks[fix.location.block], style: fix.style, outlineLevel: fix.style === "Title" ? 1 : Number(fix.style.slice(-1)) };
      changed++;
    }
    this.snapshot = { blocks };
    return { changed, refused, tracked: this.trackChanges };
  }

  async mark(findings: Finding[]): Promise<MarkResult> {
    this.failIfAsked("mark");
    this.calls.mark.push(findings);
    const count = findings.filter((finding) => finding.location).length;
    this.marks += count;
    return { method: "comments", count };
  }

  async clearMarks(): Promise<number> {
    this.failIfAsked("clearMarks");
    this.calls.clearMarks += 1;
    const removed = this.marks;
    this.marks = 0;
    return removed;
  }

  onDocumentChanged(listener: () => void): () => void {
    this.failIfAsked("onDocumentChanged");
    this.listeners.add(listener);
    const stopFocus = paneFocus(listener);
    return () => {
      this.listeners.delete(listener);
      stopFocus();
    };
  }

  async getSetting(key: string): Promise<string | undefined> {
    this.failIfAsked("getSetting");
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.failIfAsked("setSetting");
    this.calls.setSetting.push([key, value]);
    this.settings.set(key, value);
  }

  theme() {
    this.failIfAsked("theme");
    return this.dark === undefined ? undefined : { isDark: this.dark };
  }

  private targetUnchanged(finding: Finding): boolean {
    const location = finding.fix?.kind === "replace-text" ? finding.fix.location : finding.location;
    if (!location) return false;
    const text = this.snapshot.blocks[location.block]?.text;
    return text !== undefined && text.slice(location.start, location.start + location.length) === location.text;
  }

  private failIfAsked(method: HostMethod): void {
    const message = this.failures.get(method);
    if (message !== undefined) throw new Error(message);
  }
}
