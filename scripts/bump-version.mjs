#!/usr/bin/env node
// Sets the add-in's version in package.json (x.y.z) and manifest.xml (x.y.z.0) in one step.
// The Microsoft 365 admin centre accepts an updated manifest only when its Version is higher, so a
// version that does not go up is refused (a roll-back ships the old files under a new, higher number).
//
//   npm run version:bump -- 1.2.0
//   node scripts/bump-version.mjs 1.2.0 [--manifest path] [--package path]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { manifestVersionFor, withManifestVersion, isHigherVersion } = require("./lib/version.cjs");

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE_VERSION = /("version"\s*:\s*")([^"]*)(")/;

function parseArguments(argv) {
  const options = { manifestPath: join(repoRoot, "manifest.xml"), packagePath: join(repoRoot, "package.json") };
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--manifest") options.manifestPath = argv[++i];
    else if (argv[i] === "--package") options.packagePath = argv[++i];
    else rest.push(argv[i]);
  }
  options.version = rest[0];
  return options;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const { version, manifestPath, packagePath } = parseArguments(process.argv.slice(2));
if (!version) fail("Give the new version, for example: npm run version:bump -- 1.2.0");

let manifestVersion;
try {
  manifestVersion = manifestVersionFor(version);
} catch (error) {
  fail(error.message);
}

const packageText = readFileSync(packagePath, "utf8");
const current = JSON.parse(packageText).version;
if (!isHigherVersion(current, version)) {
  fail(
    `${version} is not higher than the current version ${current}. The admin centre only accepts a manifest ` +
      "with a higher Version; to roll back, deploy the old files under a new, higher number.",
  );
}

// Text replacement rather than re-serialising keeps the rest of both files exactly as they were.
const manifestText = readFileSync(manifestPath, "utf8");
const newManifest = withManifestVersion(manifestText, manifestVersion);
writeFileSync(packagePath, packageText.replace(PACKAGE_VERSION, `$1${version}$3`));
writeFileSync(manifestPath, newManifest);
console.log(`Version ${current} → ${version}: package.json ${version}, manifest ${manifestVersion}.`);
