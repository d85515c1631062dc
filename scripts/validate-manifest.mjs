#!/usr/bin/env node
// Offline validation of an Office add-in XML manifest: the XSD schemas (schemas/office-manifest/) plus the
// mistakes a schema cannot see and Office reports only as "This add-in is no longer available" or a
// missing ribbon: resids that point nowhere, icons that do not exist or have the wrong size, plain-HTTP
// URLs, duplicate ids, and a Version that has drifted from package.json.
//
//   node scripts/validate-manifest.mjs [manifest.xml ...] [--package package.json] [--json]
//
// Icon URLs are resolved against the folder holding the manifest: the repository root for manifest.xml
// (the dev server serves assets/ at /assets/), dist/ for the production copy.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { XmlDocument, XsdValidator, XmlLibError } from "libxml2-wasm";
import { xmlRegisterFsInputProviders } from "libxml2-wasm/lib/nodejs.mjs";

const require = createRequire(import.meta.url);
const { manifestVersionFor } = require("./lib/version.cjs");

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const schemaPath = join(repoRoot, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

const NS = {
  o: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};
const REQUIRED_RIBBON_SIZES = [16, 32, 80];

/** Which resource collection a resid must resolve in, by the element that carries it. */
const RESOURCE_KIND_BY_ELEMENT = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

let compiledSchema;
function schemaValidator() {
  if (!compiledSchema) {
    // The root schema imports its siblings by relative path, so libxml2 must be allowed to read files.
    xmlRegisterFsInputProviders();
    const xsd = XmlDocument.fromBuffer(readFileSync(schemaPath), { url: schemaPath });
    compiledSchema = XsdValidator.fromDoc(xsd);
    xsd.dispose();
  }
  return compiledSchema;
}

function describeLibxmlError(error) {
  if (error instanceof XmlLibError && error.details.length > 0) {
    return error.details.map((detail) => ({ line: detail.line, message: detail.message.trim() }));
  }
  return [{ message: String(error.message ?? error).trim() }];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngDimensions(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  if (bytes.toString("ascii", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function resourceIndex(doc) {
  const index = new Map();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const node of doc.find(`//ov:Resources/bt:${kind}/*[@id]`, NS)) {
      const id = node.attr("id").value;
      index.set(`${kind}:${id}`, { node, value: node.attr("DefaultValue")?.value ?? "" });
    }
  }
  return index;
}

function checkResids(doc, resources, report) {
  for (const node of doc.find("//*[@resid]", NS)) {
    const resid = node.attr("resid").value;
    const kind = RESOURCE_KIND_BY_ELEMENT[node.name];
    if (!kind) {
      report("resid", node.line, `<${node.name} resid="${resid}"> is an element this check does not know.`);
    } else if (!resources.has(`${kind}:${resid}`)) {
      report("resid", node.line, `<${node.name} resid="${resid}"> points at no bt:${kind} entry with id "${resid}".`);
    }
  }
}

function checkUniqueIds(doc, report) {
  const groups = [
    // OfficeTab ids name Office's own tabs (TabHome); they are references, not declarations.
    { label: "control", xpath: "//ov:Hosts//*[@id][not(self::ov:OfficeTab)]" },
    { label: "resource", xpath: "//ov:Resources//*[@id]" },
  ];
  for (const { label, xpath } of groups) {
    const seen = new Map();
    for (const node of doc.find(xpath, NS)) {
      const id = node.attr("id").value;
      if (seen.has(id)) {
        report("ids", node.line, `The ${label} id "${id}" is used twice (lines ${seen.get(id)} and ${node.line}).`);
      } else {
        seen.set(id, node.line);
      }
    }
  }
}

function checkHttps(doc, report) {
  const values = [
    ...doc.find("//@*", NS).map((attr) => ({ line: attr.parent?.line, value: attr.value })),
    ...doc.find("//text()", NS).map((text) => ({ line: text.parent?.line, value: text.content.trim() })),
  ];
  for (const { line, value } of values) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value)) {
      report("https", line, `"${value}" is not HTTPS; Office loads add-in pages, icons and links only over HTTPS.`);
    }
  }
}

/** Maps an icon URL served by the add-in to its file, relative to the add-in's root (the pane's folder). */
function localFileFor(url, addinRoot, siteDir) {
  if (!addinRoot || !url.startsWith(addinRoot)) return undefined;
  return join(siteDir, decodeURIComponent(url.slice(addinRoot.length).split(/[?#]/)[0]));
}

function checkIcon(url, size, where, context, report) {
  // The same image is usually referenced by every button; one report per image and size is enough.
  const key = `${url} ${size}`;
  if (context.checked.has(key)) return;
  context.checked.add(key);
  const file = localFileFor(url, context.addinRoot, context.siteDir);
  if (!file) {
    report("icons", where.line, `${where.label} ${url} is not served from the add-in's own folder (${context.addinRoot}), so its size cannot be checked.`);
    return;
  }
  if (!existsSync(file)) {
    report("icons", where.line, `${where.label} ${url} needs the file ${relative(process.cwd(), file) || file}, which does not exist.`);
    return;
  }
  const dimensions = pngDimensions(readFileSync(file));
  if (!dimensions) {
    report("icons", where.line, `${where.label} ${relative(process.cwd(), file)} is not a PNG file.`);
  } else if (dimensions.width !== size || dimensions.height !== size) {
    report("icons", where.line, `${where.label} ${relative(process.cwd(), file)} is ${dimensions.width}×${dimensions.height} pixels; it must be ${size}×${size}.`);
  }
}

function checkIcons(doc, resources, context, report) {
  for (const [element, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]]) {
    const node = doc.get(`/o:OfficeApp/o:${element}`, NS);
    if (node) checkIcon(node.attr("DefaultValue")?.value ?? "", size, { line: node.line, label: element }, context, report);
  }
  for (const icon of doc.find("//ov:Hosts//ov:Icon", NS)) {
    const images = icon.find("bt:Image", NS);
    const sizes = images.map((image) => Number(image.attr("size")?.value));
    const missing = REQUIRED_RIBBON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length > 0) {
      report("icons", icon.line, `The ribbon icon of <${icon.parent.name} id="${icon.parent.attr("id")?.value}"> lacks the ${missing.join(", ")} px size(s); Office needs 16, 32 and 80.`);
    }
    for (const image of images) {
      const resource = resources.get(`Images:${image.attr("resid")?.value}`);
      if (resource) {
        const size = Number(image.attr("size").value);
        checkIcon(resource.value, size, { line: image.line, label: `Icon ${image.attr("resid").value} (${size} px)` }, context, report);
      }
    }
  }
}

function checkVersion(doc, packagePath, report) {
  const node = doc.get("/o:OfficeApp/o:Version", NS);
  if (!node) return; // the schema reports a missing Version
  const packageVersion = JSON.parse(readFileSync(packagePath, "utf8")).version;
  let expected;
  try {
    expected = manifestVersionFor(packageVersion);
  } catch (error) {
    report("version", node.line, `package.json: ${error.message}`);
    return;
  }
  if (node.content.trim() !== expected) {
    report(
      "version",
      node.line,
      `Version is ${node.content.trim()} but package.json says ${packageVersion}, so it must be ${expected}. ` +
        "Change both with: npm run version:bump -- <x.y.z>",
    );
  }
}

/**
 * Validates one manifest. Returns { path, errors: [{ check, line?, message }], ms }; errors is empty when valid.
 * check is one of: xml, schema, resid, icons, https, ids, version.
 */
export function validateManifest(manifestPath, { packagePath = join(repoRoot, "package.json") } = {}) {
  const started = performance.now();
  const errors = [];
  const report = (check, line, message) => errors.push(line ? { check, line, message } : { check, message });
  const finish = () => ({ path: manifestPath, errors, ms: performance.now() - started });

  let doc;
  try {
    doc = XmlDocument.fromBuffer(readFileSync(manifestPath), { url: resolve(manifestPath) });
  } catch (error) {
    for (const detail of error.code === "ENOENT" ? [{ message: `${manifestPath} does not exist.` }] : describeLibxmlError(error)) {
      report("xml", detail.line, detail.message);
    }
    return finish();
  }
  try {
    try {
      schemaValidator().validate(doc);
    } catch (error) {
      for (const detail of describeLibxmlError(error)) report("schema", detail.line, detail.message);
    }
    const sourceLocation = doc.get("/o:OfficeApp/o:DefaultSettings/o:SourceLocation", NS)?.attr("DefaultValue")?.value;
    const context = {
      addinRoot: sourceLocation ? sourceLocation.slice(0, sourceLocation.lastIndexOf("/") + 1) : undefined,
      siteDir: dirname(resolve(manifestPath)),
      checked: new Set(),
    };
    const resources = resourceIndex(doc);
    checkResids(doc, resources, report);
    checkIcons(doc, resources, context, report);
    checkHttps(doc, report);
    checkUniqueIds(doc, report);
    checkVersion(doc, packagePath, report);
  } finally {
    doc.dispose();
  }
  return finish();
}

function formatResult({ path, errors, ms }) {
  if (errors.length === 0) {
    return `${path}: valid (schema, resids, icons, HTTPS, unique ids, version) in ${ms.toFixed(0)} ms`;
  }
  const lines = errors.map(({ check, line, message }) => `  ${line ? `line ${line}: ` : ""}[${check}] ${message}`);
  return [`${path}: ${errors.length} problem${errors.length === 1 ? "" : "s"}`, ...lines].join("\n");
}

function parseArguments(argv) {
  const options = { paths: [], json: false, packagePath: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") options.json = true;
    else if (argv[i] === "--package") options.packagePath = argv[++i];
    else options.paths.push(argv[i]);
  }
  if (options.paths.length === 0) options.paths.push("manifest.xml");
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const results = options.paths.map((path) =>
    validateManifest(path, options.packagePath ? { packagePath: options.packagePath } : {}),
  );
  if (options.json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) console.log(formatResult(result));
  }
  process.exitCode = results.some((result) => result.errors.length > 0) ? 1 : 0;
}
