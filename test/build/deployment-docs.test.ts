/** docs/DEPLOYMENT.md must match what the code does: the commands exist, and the hosting examples carry the
 * same Content-Security-Policy as the build and never block Word on the web. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { contentSecurityPolicy } from "../../scripts/lib/csp.cjs";

const repo = resolve(__dirname, "..", "..");
const guide = readFileSync(join(repo, "docs", "DEPLOYMENT.md"), "utf8");
const scripts: Record<string, string> = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).scripts;
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");

describe("docs/DEPLOYMENT.md", () => {
  it("names only npm scripts that exist", () => {
    const named = new Set([...guide.matchAll(/npm (?:run )?([a-z][\w:-]*)/g)].map((match) => match[1]).filter((name) => !["ci", "install"].includes(name)));
    expect(named.size).toBeGreaterThan(5);
    for (const name of named) expect({ name, exists: name in scripts }).toEqual({ name, exists: true });
  });

  it("gives, in every hosting example, exactly the policy the build writes for https://rod.example.gov.uk/", () => {
    const policies = [...guide.matchAll(/default-src [^"\n]+/g)].map((match) => match[0]);
    expect(policies).toHaveLength(4); // the policy itself, IIS, Azure Static Web Apps, nginx
    for (const policy of policies) expect(policy).toBe(contentSecurityPolicy("https://rod.example.gov.uk"));
  });

  it("never sets X-Frame-Options or frame-ancestors in its configuration examples", () => {
    const blocks = [...guide.matchAll(/```(?:xml|json|nginx)\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) {
      expect(block).not.toMatch(/frame-ancestors/);
      expect(block).not.toMatch(/add(?:_header| name=")\s*"?X-Frame-Options/i);
      expect(block).not.toMatch(/"X-Frame-Options"\s*:/);
    }
  });

  it("describes the ribbon buttons the manifest defines", () => {
    for (const label of ["ROD Author", "Insert ROD template", "Record of Decision"]) {
      expect(manifest).toContain(`DefaultValue="${label}"`);
      expect(guide).toContain(`**${label}**`);
    }
  });

  it("states the minimum Word API the manifest requires", () => {
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1\.3"\/>/);
    expect(guide).toMatch(/The manifest asks for \*\*WordApi 1\.3\*\*/);
  });
});
