/** `npm run version:bump -- x.y.z` keeps package.json and the manifest Version together. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { manifestVersionFor, readManifestVersion, withManifestVersion, isHigherVersion } from "../../scripts/lib/version.cjs";

const repo = resolve(__dirname, "..", "..");

describe("version rules", () => {
  it.each([
    ["1.0.0", "1.0.0.0"],
    ["2.13.4", "2.13.4.0"],
  ])("package version %s becomes manifest Version %s", (packageVersion, manifestVersion) => {
    expect(manifestVersionFor(packageVersion)).toBe(manifestVersion);
  });

  it.each(["1.2", "1.2.3-beta.1", "v1.2.3", "1.2.123456"])("refuses %s, which a manifest cannot hold", (version) => {
    expect(() => manifestVersionFor(version)).toThrow(/not a plain version x\.y\.z/);
  });

  it.each([
    ["1.0.0", "1.0.1", true],
    ["1.0.9", "1.1.0", true],
    ["1.9.9", "2.0.0", true],
    ["1.2.0", "1.2.0", false],
    ["1.2.0", "1.1.9", false],
    ["1.10.0", "1.9.0", false],
  ])("from %s, %s is higher: %s", (from, to, higher) => {
    expect(isHigherVersion(from, to)).toBe(higher);
  });

  it("rewrites only the Version element of a manifest", () => {
    const xml = readFileSync(join(repo, "manifest.xml"), "utf8");
    const updated = withManifestVersion(xml, "7.8.9.0");
    expect(readManifestVersion(updated)).toBe("7.8.9.0");
    expect(updated.replace("7.8.9.0", readManifestVersion(xml)!)).toBe(xml);
  });
});

describe("the version:bump command", () => {
  let dir: string;
  const packageText = '{\n  "name": "rod-author",\n  "version": "1.4.2",\n  "scripts": {\n    "test": "jest"\n  }\n}\n';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "rod-bump-"));
    writeFileSync(join(dir, "package.json"), packageText);
    cpSync(join(repo, "assets"), join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "manifest.xml"), withManifestVersion(readFileSync(join(repo, "manifest.xml"), "utf8"), "1.4.2.0"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bump = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(repo, "scripts", "bump-version.mjs"), ...args, "--manifest", join(dir, "manifest.xml"), "--package", join(dir, "package.json")],
      { encoding: "utf8" },
    );

  it("updates both files, changes nothing else, and leaves a manifest that validates", () => {
    const manifestBefore = readFileSync(join(dir, "manifest.xml"), "utf8");
    const run = bump("1.5.0");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1\.4\.2 → 1\.5\.0/);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(packageText.replace('"1.4.2"', '"1.5.0"'));
    expect(readFileSync(join(dir, "manifest.xml"), "utf8")).toBe(manifestBefore.replace("<Version>1.4.2.0</Version>", "<Version>1.5.0.0</Version>"));

    const validate = spawnSync(
      process.execPath,
      [join(repo, "scripts", "validate-manifest.mjs"), join(dir, "manifest.xml"), "--package", join(dir, "package.json")],
      { encoding: "utf8" },
    );
    expect(validate.stdout).toMatch(/valid/);
    expect(validate.status).toBe(0);
  });

  it.each([
    ["a version that does not go up", "1.4.2", /not higher than the current version 1\.4\.2.*roll back/s],
    ["a lower version", "1.3.9", /not higher than the current version/],
    ["a pre-release tag", "1.5.0-rc.1", /not a plain version/],
    ["no version at all", undefined, /Give the new version/],
  ])("refuses %s and changes neither file", (_name, version, message) => {
    const run = version === undefined ? bump() : bump(version);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readFileSync(join(dir, "package.json"), "utf8")).toBe(packageText);
    expect(readManifestVersion(readFileSync(join(dir, "manifest.xml"), "utf8"))).toBe("1.4.2.0");
  });
});
