/**
 * How the pane's frame reaches the workbench's simulated Word. The workbench page sets `rodWorkbench` on its
 * window before it creates the pane's frame; the frame's office shim reads it (same origin) and defines the
 * globals office.js would, so the pane starts through its production path: connectToWord, then
 * OfficeDocumentHost, against the simulated Word the document view shows.
 */
interface WorkbenchBridge {
  /** The Office.js namespaces of the document open now. */
  officeApi(): { Word: typeof Word; Office: typeof Office };
}

export interface WorkbenchWindow extends Window {
  rodWorkbench?: WorkbenchBridge;
}
