// HTTPS for the dev server on https://localhost:3000. office-addin-dev-certs makes a developer CA and a
// localhost certificate and installs the CA in the system's trust store, which Word needs to load the pane.
// Installing the CA needs sudo on Linux; where that fails, serve anyway with a certificate made here (the
// browser will warn until the CA is trusted) rather than refusing to start.
const { existsSync, readFileSync, rmSync } = require("node:fs");
const { X509Certificate, createPrivateKey } = require("node:crypto");
const { homedir } = require("node:os");
const { join } = require("node:path");

const DAYS_VALID = 30;
const DOMAINS = ["127.0.0.1", "localhost"];

function untrustedNotice(reason, directory) {
  return [
    "",
    "The developer certificate authority could not be installed in this machine's trust store",
    `(${reason.split("\n")[0].trim()}), so the dev server is using a certificate that nothing trusts yet.`,
    "The server still runs on https://localhost:3000, but Word and browsers will refuse or warn about the",
    `pane until the CA is trusted. To trust it, install ${join(directory, "ca.crt")} yourself (on Debian or`,
    "Ubuntu: copy it to /usr/local/share/ca-certificates/ and run update-ca-certificates as root), or run",
    "npx office-addin-dev-certs install where you have administrator rights. Without Word, npm start serves",
    "the workbench over plain http://localhost and needs no certificate.",
    "",
  ].join("\n");
}

/** True when the localhost certificate and key in `directory` belong together and are valid for another day. */
function usableCertificates(directory) {
  try {
    const certificate = new X509Certificate(readFileSync(join(directory, "localhost.crt")));
    const key = createPrivateKey(readFileSync(join(directory, "localhost.key")));
    const oneDay = 24 * 60 * 60 * 1000;
    return existsSync(join(directory, "ca.crt")) && certificate.checkPrivateKey(key) && Date.parse(certificate.validTo) > Date.now() + oneDay;
  } catch {
    return false;
  }
}

function readCertificateFiles(directory) {
  return {
    ca: readFileSync(join(directory, "ca.crt")),
    cert: readFileSync(join(directory, "localhost.crt")),
    key: readFileSync(join(directory, "localhost.key")),
  };
}

/**
 * The TLS options for webpack-dev-server. `devCerts` is the office-addin-dev-certs module (injectable so a
 * test can make installation fail without touching the machine); `log` receives the explanation.
 * Returns { options, trusted }.
 */
async function devServerHttpsOptions({
  devCerts = require("office-addin-dev-certs"),
  directory = join(homedir(), ".office-addin-dev-certs"),
  log = (message) => console.warn(message),
} = {}) {
  try {
    return { options: await devCerts.getHttpsServerOptions(DAYS_VALID, DOMAINS), trusted: true };
  } catch (error) {
    // A failed install leaves freshly generated certificates behind; make new ones only when they are unusable.
    if (!usableCertificates(directory)) {
      const paths = ["ca.crt", "localhost.crt", "localhost.key"].map((file) => join(directory, file));
      // generateCertificates writes nothing when a CA file already exists, so clear out the stale set first.
      for (const path of paths) rmSync(path, { force: true });
      await devCerts.generateCertificates(paths[0], paths[1], paths[2], DAYS_VALID, DOMAINS);
    }
    log(untrustedNotice(String(error && error.message ? error.message : error), directory));
    return { options: readCertificateFiles(directory), trusted: false };
  }
}

module.exports = { devServerHttpsOptions };
