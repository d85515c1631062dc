/**
 * A process of the check pool: it reads and checks the files the main process sends, one at a time,
 * and answers with each result. It loads the readers and the engine, not the profile parser.
 */
import type { Profile } from "../core/profile/schema";
import { checkFile } from "./check-file";
import type { PoolMessage, PoolReply } from "./pool";

let profile: Profile | undefined;
let queue = Promise.resolve();

process.on("message", (message: PoolMessage) => {
  if (message.kind === "profile") {
    profile = message.profile;
    return;
  }
  queue = queue.then(async () => {
    const result = await checkFile(message.file, message.path, profile!);
    process.send!({ kind: "result", id: message.id, result } satisfies PoolReply);
  });
});

process.send!({ kind: "ready" } satisfies PoolReply);

// The main process is gone (it was stopped, or it crashed): there is no one left to answer.
process.on("disconnect", () => process.exit(0));
