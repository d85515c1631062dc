// One rule for the add-in's version: package.json holds x.y.z, the manifest holds x.y.z.0.
// The admin centre only offers an update when the manifest Version goes up, so both must move together.

const SEMVER = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
const MANIFEST_VERSION = /(<Version>)([^<]*)(<\/Version>)/;

/** "1.2.3" → "1.2.3.0"; throws on anything the manifest cannot hold (pre-release tags, five-digit overflow). */
function manifestVersionFor(packageVersion) {
  if (!SEMVER.test(packageVersion)) {
    throw new Error(
      `"${packageVersion}" is not a plain version x.y.z (each part 0–99999, no pre-release tag); ` +
        "an Office manifest Version cannot hold anything else.",
    );
  }
  return `${packageVersion}.0`;
}

/** The text of the manifest's top-level <Version>, or undefined when there is none. */
function readManifestVersion(xml) {
  const match = MANIFEST_VERSION.exec(xml);
  return match ? match[2].trim() : undefined;
}

/** The manifest text with its <Version> replaced; everything else stays byte for byte. */
function withManifestVersion(xml, manifestVersion) {
  if (!MANIFEST_VERSION.test(xml)) throw new Error("The manifest has no <Version> element to update.");
  return xml.replace(MANIFEST_VERSION, `$1${manifestVersion}$3`);
}

/** True when b is a strictly higher version than a (both x.y.z). */
function isHigherVersion(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if (pb[i] !== pa[i]) return pb[i] > pa[i];
  }
  return false;
}

module.exports = { manifestVersionFor, readManifestVersion, withManifestVersion, isHigherVersion };
