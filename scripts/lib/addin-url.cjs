// Where the add-in is served from. The manifest in the repository points at the dev server; a production
// build copies it with every URL moved to the council's HTTPS host, given once as ADDIN_BASE_URL.

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const EXAMPLE = "ADDIN_BASE_URL=https://rod.example.gov.uk/ npm run build";

class AddinUrlError extends Error {}

/** Checks ADDIN_BASE_URL and returns it with its origin; throws an AddinUrlError that says how to fix it. */
function parseAddinBaseUrl(value) {
  if (!value) {
    throw new AddinUrlError(
      "A production build needs the HTTPS address the add-in will be served from, so that the manifest " +
        "points there and not at localhost. Set ADDIN_BASE_URL, for example:\n\n" +
        `    ${EXAMPLE}\n\n` +
        "(PowerShell: $env:ADDIN_BASE_URL = \"https://rod.example.gov.uk/\"; npm run build). " +
        "For a local development build use npm run build:dev. See docs/DEPLOYMENT.md.",
    );
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new AddinUrlError(`ADDIN_BASE_URL "${value}" is not a URL. Example: ${EXAMPLE}`);
  }
  if (url.protocol !== "https:") {
    throw new AddinUrlError(`ADDIN_BASE_URL "${value}" must start with https:// (Office loads add-ins only over HTTPS).`);
  }
  if (url.search || url.hash) {
    throw new AddinUrlError(`ADDIN_BASE_URL "${value}" must not have a query or fragment.`);
  }
  if (!value.endsWith("/")) {
    throw new AddinUrlError(`ADDIN_BASE_URL "${value}" must end with "/" (the folder holding taskpane.html), e.g. "${value}/".`);
  }
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) {
    throw new AddinUrlError(`ADDIN_BASE_URL "${value}" is a local address; for local work use npm run build:dev or npm run dev-server.`);
  }
  return { baseUrl: url.href, origin: url.origin };
}

/** The production manifest: dev URLs moved to baseUrl, comments (which describe the dev setup) dropped. */
function rewriteManifest(xml, baseUrl) {
  const { origin } = new URL(baseUrl);
  const rewritten = xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .split(DEV_ORIGIN)
    .join(origin);
  const leftover = /localhost|127\.0\.0\.1/i.exec(rewritten);
  if (leftover) {
    const line = rewritten.slice(0, leftover.index).split("\n").length;
    throw new AddinUrlError(`The production manifest still names ${leftover[0]} on line ${line}; every dev URL must start with ${DEV_BASE_URL}.`);
  }
  return rewritten;
}

module.exports = { DEV_BASE_URL, DEV_ORIGIN, AddinUrlError, parseAddinBaseUrl, rewriteManifest };
