/**
 * `ADDIN_BASE_URL=https://rod.example.gov.uk/ npm run build` gives a dist/ a council can copy to any HTTPS host:
 * the manifest points there and validates, bundles are hashed with no source maps, office.js comes from
 * Microsoft's CDN, the CSP forbids eval and does not block Word on the web, and the licences are listed.
 * One production build (into a temporary folder) serves every test here.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { INITIAL_PANE_GZIP_BUDGET, paneBundleReport } from "../../scripts/lib/bundle-size.cjs";

const repo = resolve(__dirname, "..", "..");
const BASE_URL = "https://rod.example.gov.uk/";
const webpackCli = join(repo, "node_modules", "webpack-cli", "bin", "cli.js");

jest.setTimeout(180_000);

function runWebpack(outputPath: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [webpackCli, "--mode", "production", "--output-path", outputPath], { cwd: repo, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => done({ code, output }));
  });
}

const withoutBaseUrl = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  return env;
};

describe("production build", () => {
  let dist: string;
  let build: { code: number | null; output: string };
  const read = (file: string) => readFileSync(join(dist, file), "utf8");
  const files = () => readdirSync(dist, { recursive: true }).map(String);
  const jsFiles = () => files().filter((file) => file.endsWith(".js"));

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "rod-dist-"));
    build = await runWebpack(dist, { ...process.env, ADDIN_BASE_URL: BASE_URL });
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("succeeds", () => {
    expect(build.output).toMatch(/compiled successfully/);
    expect(build.code).toBe(0);
  });

  it("gives every script a content hash and ships no source maps", () => {
    expect(jsFiles()).toEqual(expect.arrayContaining([expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/), expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/)]));
    for (const file of jsFiles()) expect(file).toMatch(/\.[0-9a-f]{8}\.js$/);
    expect(files().filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of jsFiles()) expect(read(file)).not.toMatch(/sourceMappingURL/);
  });

  it("contains no eval, so the CSP needs no 'unsafe-eval'", () => {
    for (const file of jsFiles()) {
      // A method named eval (re2js's prefilter: `x.eval(…)`, `eval(a,b){…}`) is not a call to the global eval.
      expect({ file, eval: /(?<![.\w$])eval\((?![\w$,]*\)\{)|new Function\(/.test(read(file)) }).toEqual({ file, eval: false });
    }
  });

  it("writes a manifest with no localhost, only the council's URLs, that passes offline validation", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    const urls = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)].map((match) => match[0]).filter((url) => !/schemas\.microsoft\.com|www\.w3\.org/.test(url));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url === "https://rod.example.gov.uk" || url.startsWith(BASE_URL)).toBe(true);

    const validation = spawnSync(process.execPath, [join(repo, "scripts", "validate-manifest.mjs"), "--json", join(dist, "manifest.xml")], { encoding: "utf8" });
    expect(JSON.parse(validation.stdout)[0].errors).toEqual([]);
    expect(validation.status).toBe(0);
  });

  it("ships every page and icon the manifest names", () => {
    const manifest = read("manifest.xml");
    const paths = [...manifest.matchAll(/https:\/\/rod\.example\.gov\.uk\/([^"<\s]+)/g)].map((match) => match[1]);
    expect(new Set(paths)).toEqual(new Set(["taskpane.html", "commands.html", "assets/support.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
    for (const path of paths) expect(files()).toContain(path);
  });

  it.each(["taskpane.html", "commands.html"])("%s loads office.js from Microsoft's CDN before its own deferred scripts", (page) => {
    const html = read(page);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts[0]).toMatch(/src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?/);
    expect(scripts[0]).not.toMatch(/\b(defer|async)\b/);
    const own = scripts.slice(1);
    expect(own.length).toBeGreaterThan(0);
    for (const tag of own) expect(tag).toMatch(/\bdefer\b/);
    expect(html.indexOf("</head>")).toBeGreaterThan(html.lastIndexOf("<script"));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it.each(["taskpane.html", "commands.html"])("%s carries a CSP that allows the add-in and office.js only, no eval, no frame-ancestors", (page) => {
    const html = read(page);
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1];
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(policy).toMatch(/script-src 'self' https:\/\/rod\.example\.gov\.uk https:\/\/appsforoffice\.microsoft\.com;/);
    expect(policy).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/frame-ancestors/);
  });

  it("says nothing anywhere that would stop Word on the web framing the pane", () => {
    for (const file of files().filter((name) => /\.(html|js|xml|txt)$/.test(name) && name !== "THIRD-PARTY-LICENCES.txt")) {
      expect({ file, blocks: /X-Frame-Options|frame-ancestors/i.test(read(file)) }).toEqual({ file, blocks: false });
    }
  });

  it("lists the licences of the shipped packages, and no build tools", () => {
    const licences = read("THIRD-PARTY-LICENCES.txt");
    expect(licences).toMatch(/^ {2}react \d+\.\d+\.\d+: MIT$/m);
    expect(licences).toMatch(/^ {2}react-dom \d+\.\d+\.\d+: MIT$/m);
    expect(licences).toMatch(/^ {2}@fluentui\/react-button \d+\.\d+\.\d+: MIT$/m);
    expect(licences).toMatch(/Permission is hereby granted, free of charge/);
    for (const tool of ["webpack", "typescript", "jest", "ts-loader", "office-addin-debugging", "libxml2-wasm"]) {
      expect(licences).not.toMatch(new RegExp(`^ {2}${tool} \\d`, "m"));
    }
  });

  it("publishes the profile schema beside the pane, as committed", () => {
    expect(read("profile.schema.json")).toBe(readFileSync(join(repo, "schemas", "profile.schema.json"), "utf8"));
  });

  it("runs checks from a worker script of its own, and leaves the engine and zod out of the pane's first download", () => {
    const workers = jsFiles().filter((file) => /^check-worker\.[0-9a-f]{8}\.js$/.test(file));
    expect(workers).toHaveLength(1);
    const initial = paneBundleReport(dist).initial.files.map((entry) => entry.file);
    expect(initial).not.toContain(workers[0]);
    const firstDownload = initial.map(read).join("\n");
    expect(firstDownload).toContain("check-worker");
    for (const marker of ["is over the key-decision threshold", "ZodError", "the pattern engine cannot run"]) {
      expect({ marker, inFirstDownload: firstDownload.includes(marker) }).toEqual({ marker, inFirstDownload: false });
    }
  });

  it("keeps the pattern engine (re2js) in a chunk of its own, which only a profile with patterns of its own loads", () => {
    const patternEngine = jsFiles().filter((file) => read(file).includes("invalid nested repetition operator"));
    expect(patternEngine).toEqual([expect.stringMatching(/^pattern-engine\.[0-9a-f]{8}\.js$/)]);
  });

  it("shows rule metadata and the built-in profiles from data: no rule code, no zod, no pattern engine comes with them", () => {
    const metadata = jsFiles().filter((file) => /^pane-data\.[0-9a-f]{8}\.js$/.test(file));
    expect(metadata).toHaveLength(1);
    expect(read(metadata[0])).toContain("Template guidance left");
    const profiles = jsFiles().filter((file) => read(file).includes("KENT COUNTY COUNCIL"));
    expect(profiles).toHaveLength(1);
    for (const file of [...metadata, ...profiles]) {
      for (const marker of ["looks like an unfilled placeholder", "is over the key-decision threshold", "ZodError", "invalid nested repetition operator"]) {
        expect({ file, marker, found: read(file).includes(marker) }).toEqual({ file, marker, found: false });
      }
    }
  });

  it("measures the pane's initial JavaScript from the scripts taskpane.html loads", () => {
    const report = paneBundleReport(dist);
    const page = read("taskpane.html");
    expect(report.initial.files.length).toBeGreaterThan(1);
    for (const { file, raw, gzip } of report.initial.files) {
      expect(page).toContain(file);
      expect(raw).toBe(readFileSync(join(dist, file)).length);
      expect(gzip).toBeGreaterThan(0);
      expect(gzip).toBeLessThan(raw);
    }
    expect(report.initial.files.map((entry) => entry.file)).not.toContain(expect.stringMatching(/^commands\./));
    expect(report.chunks.map((entry) => entry.file).sort()).toEqual(jsFiles().sort());
  });

  it(`keeps the pane's initial JavaScript within ${INITIAL_PANE_GZIP_BUDGET / 1024} KB gzip, so it opens quickly in Word`, () => {
    expect(paneBundleReport(dist).initial.gzip).toBeLessThanOrEqual(INITIAL_PANE_GZIP_BUDGET);
  });
});

describe("production build settings", () => {
  it.each([
    ["is missing", undefined, /Set ADDIN_BASE_URL, for example:[\s\S]*ADDIN_BASE_URL=https:\/\/rod\.example\.gov\.uk\/ npm run build/],
    ["is plain HTTP", "http://rod.example.gov.uk/", /must start with https:\/\//],
  ])("stop before building, with a readable message, when ADDIN_BASE_URL %s", async (_case, value, message) => {
    const out = mkdtempSync(join(tmpdir(), "rod-dist-"));
    try {
      const { code, output } = await runWebpack(out, value === undefined ? withoutBaseUrl() : { ...process.env, ADDIN_BASE_URL: value });
      expect(code).not.toBe(0);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/\n\s+at /);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
