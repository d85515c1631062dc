import type { ConnectResult } from "./document-host";
import { errorMessage } from "../core/text/error-message";
import { isSetSupported, officeApiFromGlobals, officeFromGlobals, type OfficeApi } from "./office-api";
import { OfficeDocumentHost, type OfficeDocumentHostOptions } from "./office-document-host";
import { MINIMUM_WORD, MINIMUM_WORD_API } from "./requirements";

export interface ConnectOptions {
  /** Where Office.js comes from (default: the globals office.js defines). */
  api?: OfficeApi | undefined;
  host?: OfficeDocumentHostOptions;
}

export const OFFICE_MISSING_MESSAGE =
  "Office.js did not load, so ROD Author cannot reach Word. Check that your network allows appsforoffice.microsoft.com, then reload the add-in.";

const WORD_MISSING_MESSAGE = "Word's part of Office.js did not load. Reload the add-in.";

export const UNSUPPORTED_WORD_MESSAGE = `This version of Word is too old for ROD Author. It needs ${MINIMUM_WORD}.`;

/**
 * Waits for Office, then checks that the host is Word with WordApi 1.3. The task pane shows one screen per
 * outcome. There is no time limit: on a slow network or a virtual desktop Office.onReady can take well over ten
 * seconds (office-js #3330), and a late answer must still start the pane; the pane says it is still connecting.
 */
export async function connectToWord(options: ConnectOptions = {}): Promise<ConnectResult> {
  const office = "api" in options ? options.api?.Office : officeFromGlobals();
  if (!office) return { status: "error", message: OFFICE_MISSING_MESSAGE };
  try {
    const info = await office.onReady();
    // Outside an Office host, onReady resolves with no host at all.
    if (!info.host) return { status: "outside-office" };
    if (info.host !== office.HostType.Word) {
      return { status: "unsupported", message: `ROD Author works in Word only, and this is ${String(info.host)}.` };
    }
    const api = "api" in options ? options.api : officeApiFromGlobals();
    if (!api) return { status: "error", message: WORD_MISSING_MESSAGE };
    if (!isSetSupported(api, MINIMUM_WORD_API)) return { status: "unsupported", message: UNSUPPORTED_WORD_MESSAGE };
    return { status: "ready", host: new OfficeDocumentHost(api, { platform: String(info.platform ?? ""), ...options.host }) };
  } catch (error) {
    return { status: "error", message: `ROD Author could not start: ${errorMessage(error)}` };
  }
}
