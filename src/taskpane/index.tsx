import { createRoot } from "react-dom/client";
import { connectToWord } from "../word/bootstrap";
import { App } from "./App";
import { paneFocus } from "./pane-focus";
import { hostedProfileSource } from "./profiles";
import { browserChecker } from "./worker/browser-checker";

const container = document.getElementById("container");
if (!container) throw new Error('The task pane page has no element with id "container".');
// One checker for the pane's checks and for the check that confirms a fix, so the watchdog covers both.
const checker = browserChecker();
const profileSource = hostedProfileSource({ pageUrl: document.baseURI, fetch: (url, init) => window.fetch(url, init) });
createRoot(container).render(<App connection={connectToWord({ host: { checker, focusSource: paneFocus } })} checker={checker} profileSource={profileSource} />);
