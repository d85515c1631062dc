import type { DocumentHost } from "../core/document-host";

/** What connecting to Word gives the pane; each outcome has its own screen. */
export type ConnectResult =
  | { status: "ready"; host: DocumentHost }
  | { status: "outside-office" }
  | { status: "unsupported"; message: string }
  | { status: "error"; message: string };
