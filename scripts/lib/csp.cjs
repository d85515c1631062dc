// The Content-Security-Policy of the production pages, shared by the HTML <meta> tag and the hosting
// examples in docs/DEPLOYMENT.md so the two cannot drift apart.
//
// - script-src: our own bundles and Microsoft's office.js CDN, which loads further host scripts from the
//   same origin. No 'unsafe-eval' (the production bundles contain no eval) and no inline script.
// - style-src needs 'unsafe-inline': Fluent UI (Griffel) and Office's host scripts inject <style> tags.
// - connect-src 'self': the council profile (profile.json) sits next to the add-in; nothing else is fetched,
//   so no document text can leave the machine even by mistake.
// - No frame-ancestors: Word on the web shows the pane in an iframe on Microsoft's domains, and a narrow
//   list breaks it. The header examples must not add X-Frame-Options for the same reason.

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_URL = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;

function contentSecurityPolicy(addinOrigin) {
  const self = addinOrigin ? `'self' ${addinOrigin}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${self} ${OFFICE_JS_ORIGIN}`,
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = { OFFICE_JS_ORIGIN, OFFICE_JS_URL, contentSecurityPolicy };
