/** ADDIN_BASE_URL: the one setting that moves the manifest from the dev server to the council's host. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AddinUrlError, parseAddinBaseUrl, rewriteManifest } from "../../scripts/lib/addin-url.cjs";
import { contentSecurityPolicy } from "../../scripts/lib/csp.cjs";

const manifest = readFileSync(join(resolve(__dirname, "..", ".."), "manifest.xml"), "utf8");

describe("ADDIN_BASE_URL", () => {
  it.each([
    ["https://rod.example.gov.uk/", "https://rod.example.gov.uk"],
    ["https://apps.kent.gov.uk/rod-author/", "https://apps.kent.gov.uk"],
    ["https://addins.example.org:8443/rod/", "https://addins.example.org:8443"],
  ])("accepts %s", (value, origin) => {
    expect(parseAddinBaseUrl(value)).toEqual({ baseUrl: value, origin });
  });

  it.each([
    [undefined, /Set ADDIN_BASE_URL, for example:\s+ADDIN_BASE_URL=https:\/\/rod\.example\.gov\.uk\/ npm run build/],
    ["", /Set ADDIN_BASE_URL/],
    ["rod.example.gov.uk/", /is not a URL/],
    ["http://rod.example.gov.uk/", /must start with https:\/\//],
    ["https://rod.example.gov.uk/rod", /must end with "\/".*"https:\/\/rod\.example\.gov\.uk\/rod\/"/],
    ["https://rod.example.gov.uk/?v=1", /must not have a query/],
    ["https://localhost:3000/", /is a local address; for local work use npm run build:dev/],
  ])("refuses %p with a message that says what to do", (value, message) => {
    expect(() => parseAddinBaseUrl(value)).toThrow(AddinUrlError);
    expect(() => parseAddinBaseUrl(value)).toThrow(message);
  });
});

describe("the production manifest", () => {
  const rewritten = rewriteManifest(manifest, "https://apps.kent.gov.uk/rod-author/");

  it("leaves no localhost anywhere", () => {
    expect(rewritten).not.toMatch(/localhost/i);
  });

  it("points every page, icon and link at the council's folder and the app domain at its origin", () => {
    const urls = [...rewritten.matchAll(/https?:\/\/[^"<\s]+/g)].map((match) => match[0]).filter((url) => !url.includes("schemas.microsoft.com") && !url.includes("www.w3.org"));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url === "https://apps.kent.gov.uk" || url.startsWith("https://apps.kent.gov.uk/rod-author/")).toBe(true);
    }
    expect(rewritten).toContain("<AppDomain>https://apps.kent.gov.uk</AppDomain>");
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://apps.kent.gov.uk/rod-author/taskpane.html"/>');
  });

  it("keeps everything else as it was", () => {
    const back = rewritten.split("https://apps.kent.gov.uk/rod-author/").join("https://localhost:3000/").split("https://apps.kent.gov.uk").join("https://localhost:3000");
    expect(back).toBe(manifest.replace(/<!--[\s\S]*?-->\s*/g, ""));
  });

  it("refuses to produce a manifest that still names a local address", () => {
    const stray = manifest.replace("https://localhost:3000/assets/support.html", "https://127.0.0.1:3000/assets/support.html");
    expect(() => rewriteManifest(stray, "https://rod.example.gov.uk/")).toThrow(/still names 127\.0\.0\.1 on line \d+/);
  });
});

describe("Content-Security-Policy", () => {
  const policy = contentSecurityPolicy("https://rod.example.gov.uk");
  const directive = (name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

  it("allows scripts only from the add-in and Microsoft's office.js CDN", () => {
    expect(directive("script-src")).toBe("script-src 'self' https://rod.example.gov.uk https://appsforoffice.microsoft.com");
  });

  it("allows no eval and no inline script", () => {
    expect(policy).not.toContain("unsafe-eval");
    expect(directive("script-src")).not.toContain("unsafe-inline");
  });

  it("allows the inline styles Fluent UI injects, and fetches only from the add-in's own host", () => {
    expect(directive("style-src")).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive("connect-src")).toBe("connect-src 'self'");
    expect(directive("img-src")).toBe("img-src 'self' data:");
  });

  it("does not restrict framing, which would block Word on the web", () => {
    expect(policy).not.toMatch(/frame-ancestors/);
  });
});
