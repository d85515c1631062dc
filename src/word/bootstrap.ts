import type { DocumentHost } from "../core/document-host";
import { errorMessage } from "./office-errors";
import { isSetSupported, officeApiFromGlobals, officeFromGlobals, type OfficeApi } from "./office-api";
import { OfficeDocumentHost, type OfficeDocumentHostOptions } from "./office-document-host";

/** What connecting to Word gives the pane; each outcome has its own screen. */
export type ConnectResult =
  | { status: "ready"; host: DocumentHost }
  | { status: "outside-office" }
  | { status: "unsupported"; message: string }
  | { status: "error"; message: string };

export interface ConnectOptions {
  /** Where Office.js comes from (default: the globals office.js defines). */
  api?: OfficeApi | undefined;
  /** How long to wait for Office.onReady before saying Office did not answer. */
  timeoutMs?: number;
  host?: OfficeDocumentHostOptions;
}

export const OFFICE_MISSING_MESSAGE =
  "Office.js did not load, so ROD Author cannot reach Word. Check that your network allows appsforoffice.microsoft.com, then reload the add-in.";

const WORD_MISSING_MESSAGE = "Word's part of Office.js did not load. Reload the add-in.";

export const UNSUPPORTED_WORD_MESSAGE =
  "This version of Word is too old for ROD Author. It needs Word 2019 or later, Microsoft 365, or Word on the web.";

function timeoutMessage(seconds: number): string {
  return `Word did not answer within ${seconds} seconds. Reload the add-in; if this keeps happening, check that your network allows appsforoffice.microsoft.com.`;
}

/**
 * Waits for Office (with a time limit: a blocked office.js never calls back), then checks that the host is Word
 * with WordApi 1.3. The task pane shows one screen per outcome.
 */
export async function connectToWord(options: ConnectOptions = {}): Promise<ConnectResult> {
  const office = "api" in options ? options.api?.Office : officeFromGlobals();
  if (!office) return { status: "error", message: OFFICE_MISSING_MESSAGE };
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), timeoutMs);
    });
    const info = await Promise.race([office.onReady(), timedOut]);
    if (info === "timeout") return { status: "error", message: timeoutMessage(Math.round(timeoutMs / 1000)) };
    // Outside an Office host, onReady resolves with no host at all.
    if (!info.host) return { status: "outside-office" };
    if (info.host !== office.HostType.Word) {
      return { status: "unsupported", message: `ROD Author works in Word only, and this is ${String(info.host)}.` };
    }
    const api = "api" in options ? options.api : officeApiFromGlobals();
    if (!api) return { status: "error", message: WORD_MISSING_MESSAGE };
    if (!isSetSupported(api, "1.3")) return { status: "unsupported", message: UNSUPPORTED_WORD_MESSAGE };
    return { status: "ready", host: new OfficeDocumentHost(api, options.host) };
  } catch (error) {
    return { status: "error", message: `ROD Author could not start: ${errorMessage(error)}` };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
