import type { WorkbenchWindow } from "./bridge";

// Loaded where production loads office.js, before the pane's own scripts: defines `Office` and `Word` from
// the workbench page that holds this frame. Opened on its own, the pane finds no Office.js and says so.
function workbenchBridge() {
  try {
    return window.parent === window ? undefined : (window.parent as WorkbenchWindow).rodWorkbench;
  } catch {
    // A parent on another origin: not the workbench.
    return undefined;
  }
}

const bridge = workbenchBridge();
if (bridge) {
  Object.assign(window, bridge.officeApi());
} else {
  console.warn("ROD Author workbench: this pane needs the workbench page around it. Open the workbench's address without /taskpane.html.");
}
