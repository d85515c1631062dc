// The check worker: runs the engine away from the task pane's thread, so a slow check never freezes Word's pane
// and the pane can stop it (by ending the worker) when it runs past its time limit.
import { checkPrepared } from "../../core/check-prepared";
import { serveChecks, type WorkerScope } from "./protocol";

serveChecks(self as unknown as WorkerScope, checkPrepared);
