// Writes THIRD-PARTY-LICENCES.txt into the build: every npm package with code in the shipped bundles,
// its version, its declared licence and the licence text it ships. It reads the modules webpack actually
// bundled, so a package that was tree-shaken away or is only a dev tool does not appear.
const { readFileSync, readdirSync, existsSync } = require("node:fs");
const { join, sep } = require("node:path");

const NAME = "ThirdPartyLicencesPlugin";
const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** The package folder owning a bundled file: the deepest node_modules/<name> or node_modules/@scope/<name>. */
function packageFolderOf(resource) {
  const marker = `${sep}node_modules${sep}`;
  const at = resource.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = resource.slice(at + marker.length).split(sep);
  const nameParts = rest[0].startsWith("@") ? 2 : 1;
  return join(resource.slice(0, at + marker.length), ...rest.slice(0, nameParts));
}

function declaredLicence(manifest) {
  if (typeof manifest.license === "string") return manifest.license;
  if (manifest.license && manifest.license.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((entry) => entry.type ?? entry).join(" OR ");
  return "UNKNOWN";
}

function licenceTexts(folder) {
  return readdirSync(folder)
    .filter((file) => LICENCE_FILE.test(file))
    .sort()
    .map((file) => readFileSync(join(folder, file), "utf8").trim());
}

/** Collects { name, version, licence, texts } for each package in the given files, sorted by name. */
function describePackages(resources) {
  const packages = new Map();
  for (const resource of resources) {
    const folder = packageFolderOf(resource);
    if (!folder || packages.has(folder) || !existsSync(join(folder, "package.json"))) continue;
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    packages.set(folder, { name: manifest.name, version: manifest.version, licence: declaredLicence(manifest), texts: licenceTexts(folder) });
  }
  // One entry per name@version even when npm installed the same version in two places.
  const unique = new Map([...packages.values()].map((entry) => [`${entry.name}@${entry.version}`, entry]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function formatLicences(title, packages) {
  const summary = packages.map((entry) => `  ${entry.name} ${entry.version}: ${entry.licence}`);
  const details = packages.map((entry) =>
    [
      "-".repeat(78),
      `${entry.name} ${entry.version}`,
      `Licence: ${entry.licence}`,
      "",
      entry.texts.length > 0 ? entry.texts.join("\n\n") : "(The package ships no licence file; its package.json declares the licence above.)",
    ].join("\n"),
  );
  return [title, "", `${packages.length} packages are included in this build:`, "", ...summary, "", ...details, ""].join("\n");
}

class ThirdPartyLicencesPlugin {
  constructor({ filename = "THIRD-PARTY-LICENCES.txt", title } = {}) {
    this.filename = filename;
    this.title = title ?? "Third-party software shipped in this build, with its licences.";
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const resources = [];
        for (const chunk of compilation.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            // Concatenated modules (scope hoisting) hold the real files in .modules.
            for (const inner of module.modules ?? [module]) {
              if (inner.resource) resources.push(inner.resource.split("?")[0]);
            }
          }
        }
        const text = formatLicences(this.title, describePackages(resources));
        compilation.emitAsset(this.filename, new sources.RawSource(text));
      });
    });
  }
}

module.exports = { ThirdPartyLicencesPlugin, describePackages, packageFolderOf };