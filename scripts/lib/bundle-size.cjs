// Sizes of the built task pane as a user's Word downloads it: the scripts taskpane.html loads before the
// pane can render ("initial JS"), raw and gzip-compressed (zlib level 6, what static hosts typically use).
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");

/** The budget for the pane's initial JS, gzip bytes (React 19 + Fluent UI v9 + our code). */
const INITIAL_PANE_GZIP_BUDGET = 120 * 1024;

/** Local script files a page loads at start, in order; CDN scripts (office.js) are not ours to count. */
function initialScripts(distDir, page = "taskpane.html") {
  const html = readFileSync(join(distDir, page), "utf8");
  // Minified HTML drops the quotes around attribute values, so both forms are read.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^(https?:)?\/\//i.test(src))
    .map((src) => src.replace(/^\.?\//, "").split(/[?#]/)[0]);
}

function sizeOf(distDir, file) {
  const bytes = readFileSync(join(distDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

/** { initial: { files, raw, gzip }, chunks: [{ file, raw, gzip }] } for a built dist/ folder. */
function paneBundleReport(distDir) {
  const initialFiles = initialScripts(distDir).map((file) => sizeOf(distDir, file));
  const chunks = readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".js"))
    .sort()
    .map((file) => sizeOf(distDir, file));
  return {
    initial: {
      files: initialFiles,
      raw: initialFiles.reduce((sum, entry) => sum + entry.raw, 0),
      gzip: initialFiles.reduce((sum, entry) => sum + entry.gzip, 0),
    },
    chunks,
  };
}

module.exports = { INITIAL_PANE_GZIP_BUDGET, initialScripts, paneBundleReport };
