#!/usr/bin/env node
// npm run workbench: builds the workbench, serves it on http://localhost:3100 (PORT overrides) and rebuilds it
// when a source file changes; reload the page to see the change. npm start runs this where Word cannot be
// sideloaded. The server listens on this computer only.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { DEFAULT_OUTPUT, watchWorkbench, serveFolder } = require("./lib/workbench-server.cjs");

const DEFAULT_PORT = 3100;

function portFromEnvironment() {
  const text = process.env.PORT;
  if (text === undefined || text === "") return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a whole number from 1 to 65535; it is "${text}".`);
    process.exit(2);
  }
  return port;
}

const port = portFromEnvironment();
console.log("Building the workbench…");
let served;
const stop = await watchWorkbench({
  outputPath: DEFAULT_OUTPUT,
  onBuilt: (error) => {
    if (error) console.error(`\nThe workbench did not build:\n${error.message}\n`);
    else if (served) console.log(`Rebuilt at ${new Date().toLocaleTimeString("en-GB")}: reload the page to see the change.`);
  },
});

try {
  served = await serveFolder(DEFAULT_OUTPUT, { port });
} catch (error) {
  await stop();
  if (error.code === "EADDRINUSE") {
    console.error(`Port ${port} is in use (is the workbench already running?). Choose another: PORT=3200 npm run workbench`);
  } else {
    console.error(`The workbench could not be served: ${error.message}`);
  }
  process.exit(1);
}

console.log(`
ROD Author workbench: ${served.url}
  The real task pane beside a simulated Word document. Try ${served.url}?doc=empty, then Insert template.
  Press Ctrl+C to stop.

In real Word: npm start on Windows or a Mac with Word installed, or for Word on the web
  npm start -- web --document <URL of a document in OneDrive or SharePoint>
`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await Promise.all([served.close(), stop()]);
    process.exit(0);
  });
}
