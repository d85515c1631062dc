import { ErrorCodes, FakeOfficeError } from "./errors";
import type { DocumentModel } from "./model";

/** Requirement sets the simulated Word reports, e.g. { WordApi: "1.7" } means WordApi 1.1 to 1.7. */
export type SupportedSets = Record<string, string>;

export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Everything the simulated Word shares between request contexts. */
export class FakeEnvironment {
  syncCount = 0;
  /** Author of comments the add-in inserts. */
  userName = "Council Officer";
  /** Range.insertComment fails with NotAllowed (office-js #6746). */
  insertCommentFails = false;
  /** Paragraph events arrive this many milliseconds after the change (office-js #5400, #4874). */
  paragraphEventDelayMs = 0;

  /** requireApiSet's answers for the sets reported now; forgotten when the reported sets change. */
  private readonly answers = new Map<string, boolean>();

  get supportedSets(): SupportedSets {
    return this.reportedSets;
  }

  set supportedSets(sets: SupportedSets) {
    this.reportedSets = sets;
    this.answers.clear();
  }

  constructor(
    readonly model: DocumentModel,
    private reportedSets: SupportedSets,
    /** Annotation calls fail with GeneralException, as on perpetual-licence Word that still reports WordApi 1.7. */
    public annotationsFail: boolean,
    /** How events and async callbacks are delivered: later, never inside the call that caused them. */
    readonly schedule: (callback: () => void) => void,
  ) {}

  /** Delivers a paragraph event: later, and as late as `paragraphEventDelayMs` says. */
  deliverEvent(callback: () => void): void {
    if (this.paragraphEventDelayMs > 0) setTimeout(callback, this.paragraphEventDelayMs);
    else this.schedule(callback);
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const supported = this.supportedSets[name];
    if (supported === undefined) return false;
    if (minVersion === undefined) return true;
    return compareVersions(supported, String(minVersion)) >= 0;
  }

  /** Critique calls need a Microsoft service; without it Word answers GeneralException. */
  failIfAnnotationsUnavailable(): void {
    if (this.annotationsFail) {
      throw new FakeOfficeError(ErrorCodes.generalException, "GeneralException: annotations are not available for this account.");
    }
  }

  /**
   * A member whose `[Api set: …]` ("WordApi 1.4", "WordApiDesktop 1.1", "WordApi BETA (PREVIEW ONLY)") the host does
   * not report throws ApiNotFound, as Office.js does when the member is touched.
   */
  requireApiSet(apiSet: string, member: string): void {
    let supported = this.answers.get(apiSet);
    if (supported === undefined) {
      const [name = "", version = ""] = apiSet.split(" ");
      supported = /^\d+(\.\d+)*$/.test(version) ? this.isSetSupported(name, version) : this.supportedSets[name] === version;
      this.answers.set(apiSet, supported);
    }
    if (!supported) {
      throw new FakeOfficeError(
        ErrorCodes.apiNotFound,
        `The API you are trying to use could not be found: ${member} needs ${apiSet}. It may be available in a newer version of Word.`,
      );
    }
  }

  /** An argument newer than the host (a content-control type) throws ApiNotFound when the batch runs. */
  requireWordApi(version: string, member: string): void {
    if (!this.isSetSupported("WordApi", version)) {
      throw new FakeOfficeError(
        ErrorCodes.apiNotFound,
        `The requested API ${member} is not supported (it needs WordApi ${version}).`,
      );
    }
  }
}
