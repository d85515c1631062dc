// Builds the workbench (webpack.workbench.config.js) and serves a folder over plain HTTP on the loopback
// interface only: no certificate, no administrator rights, and nothing reachable from the network.
// Used by `npm run workbench` (scripts/workbench.mjs), the browser tests and the pane benchmark.
const { createReadStream } = require("node:fs");
const { stat } = require("node:fs/promises");
const { createServer } = require("node:http");
const { extname, join, normalize, resolve, sep } = require("node:path");

const REPO = resolve(__dirname, "..", "..");
const DEFAULT_OUTPUT = join(REPO, "build", "workbench");
const LOOPBACK = "127.0.0.1";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

async function workbenchConfig(outputPath, mode) {
  const configure = require(join(REPO, "webpack.workbench.config.js"));
  return configure({ outputPath }, { mode });
}

function compileErrors(stats) {
  const { errors = [] } = stats.toJson({ all: false, errors: true });
  return errors.map((error) => error.message).join("\n\n");
}

/** Builds the workbench once into `outputPath` (default build/workbench). Resolves with the folder. */
async function buildWorkbench({ outputPath = DEFAULT_OUTPUT, mode = "development" } = {}) {
  const webpack = require("webpack");
  const compiler = webpack(await workbenchConfig(outputPath, mode));
  await new Promise((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) fail(error);
        else if (stats.hasErrors()) fail(new Error(`The workbench did not build:\n${compileErrors(stats)}`));
        else done();
      });
    });
  });
  return outputPath;
}

/**
 * Builds the workbench and rebuilds it whenever a source file changes. `onBuilt(error?)` is called after each
 * build. Resolves with a function that stops watching, once the first build has finished.
 */
async function watchWorkbench({ outputPath = DEFAULT_OUTPUT, mode = "development", onBuilt = () => undefined } = {}) {
  const webpack = require("webpack");
  const compiler = webpack(await workbenchConfig(outputPath, mode));
  return new Promise((ready) => {
    let first = true;
    const watching = compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
      const problem = error ?? (stats.hasErrors() ? new Error(compileErrors(stats)) : undefined);
      onBuilt(problem);
      if (first) {
        first = false;
        ready(() => new Promise((closed) => watching.close(closed)));
      }
    });
  });
}

/** The file a URL path names inside `root`, or undefined when it would leave the folder. */
function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return undefined;
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serves the files in `root` on http://localhost:<port> (port 0: any free port). Resolves with
 * { url, port, close() }. Only GET and HEAD; nothing is cached, so a rebuilt page is seen on reload.
 */
function serveFolder(root, { port = 0 } = {}) {
  const folder = resolve(root);
  const server = createServer(async (request, response) => {
    const send = (status, body) => {
      response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Only GET and HEAD are served.\n");
    const file = fileFor(folder, request.url ?? "/");
    if (!file) return send(400, "Bad path.\n");
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, "Not found.\n");
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(file).pipe(response);
    } catch {
      send(404, "Not found.\n");
    }
  });
  return new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(port, LOOPBACK, () => {
      server.off("error", fail);
      const actual = server.address().port;
      ready({
        url: `http://localhost:${actual}/`,
        port: actual,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

module.exports = { DEFAULT_OUTPUT, buildWorkbench, watchWorkbench, serveFolder };
