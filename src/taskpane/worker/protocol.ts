import type { DocSnapshot } from "../../core/document";
import type { Profile } from "../../core/profile/schema";
import type { Report } from "../../core/report";
import { errorMessage } from "../../core/text/error-message";

/** What the pane asks the check worker. */
export interface CheckRequest {
  type: "check";
  id: number;
  snapshot: DocSnapshot;
  profile: Profile;
}

/** What the check worker answers: once "ready" when it has started, then one answer per request. */
export type CheckAnswer = { type: "ready" } | { type: "report"; id: number; report: Report } | { type: "failed"; id: number; message: string };

/** The side of a worker the pane talks to: a browser Worker, or a Node worker thread adapted to look like one. */
export interface WorkerLike {
  postMessage(message: CheckRequest): void;
  terminate(): void;
  onmessage: ((event: { data: CheckAnswer }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

/** The worker's own global scope, as far as answering checks needs it. */
export interface WorkerScope {
  postMessage(message: CheckAnswer): void;
  onmessage: ((event: { data: CheckRequest }) => void) | null;
}

/** Answers every check request with a report, or with why there is none; says "ready" first. */
export function serveChecks(scope: WorkerScope, check: (snapshot: DocSnapshot, profile: Profile) => Promise<Report>): void {
  scope.onmessage = ({ data }) => {
    if (data?.type !== "check") return;
    check(data.snapshot, data.profile).then(
      (report) => scope.postMessage({ type: "report", id: data.id, report }),
      (error: unknown) => scope.postMessage({ type: "failed", id: data.id, message: errorMessage(error) }),
    );
  };
  scope.postMessage({ type: "ready" });
}
