/** What `npm start` and `npm stop` do on each kind of machine. */
import { planStart, planStop } from "../../scripts/lib/start-plan.cjs";

const withWorkbench = { workbench: "node scripts/workbench.mjs" };

describe("npm start", () => {
  it.each([
    ["Windows with Word", "win32", true],
    ["a Mac with Word", "darwin", true],
  ] as const)("on %s sideloads into desktop Word with the dev server on port 3000", (_name, platform, wordInstalled) => {
    const plan = planStart({ argv: [], platform, wordInstalled, scripts: withWorkbench });
    expect(plan).toMatchObject({
      kind: "sideload",
      command: "office-addin-debugging",
      args: ["start", "manifest.xml", "desktop", "--app", "word", "--dev-server-port", "3000"],
    });
    expect(plan.message).toContain("https://localhost:3000/taskpane.html");
  });

  it("passes the arguments through for Word on the web, on any system", () => {
    const url = "https://contoso.sharepoint.com/:w:/r/sites/dem/Doc.aspx?sourcedoc=%7B1%7D&file=ROD.docx";
    const plan = planStart({ argv: ["web", "--document", url], platform: "linux", wordInstalled: false, scripts: withWorkbench });
    expect(plan).toMatchObject({
      kind: "sideload",
      args: ["start", "manifest.xml", "web", "--document", url, "--dev-server-port", "3000"],
    });
  });

  it("keeps a port the user chose", () => {
    const plan = planStart({ argv: ["--dev-server-port", "3100"], platform: "win32", wordInstalled: true });
    expect(plan.kind === "sideload" && plan.args.filter((arg) => arg === "--dev-server-port")).toHaveLength(1);
    expect(plan.kind === "sideload" && plan.args).toContain("3100");
  });

  it("asks for the document when Word on the web is requested without one", () => {
    const plan = planStart({ argv: ["web"], platform: "darwin", wordInstalled: true, scripts: withWorkbench });
    expect(plan.kind).toBe("unavailable");
    expect(plan.message).toMatch(/npm start -- web --document <URL/);
  });

  it.each([
    ["Linux", "linux", false, /Word does not run on Linux/],
    ["Windows without Word", "win32", false, /Word is not installed on this machine/],
    ["a Mac without Word", "darwin", false, /Word is not installed on this machine/],
  ] as const)("on %s serves the workbench and says how to reach real Word", (_name, platform, wordInstalled, reason) => {
    const plan = planStart({ argv: [], platform, wordInstalled, scripts: withWorkbench });
    expect(plan.kind).toBe("workbench");
    expect(plan.message).toMatch(reason);
    expect(plan.message).toMatch(/http:\/\/localhost/);
    expect(plan.message).toMatch(/Upload My Add-in/);
    expect(plan.message).toMatch(/npm start -- web --document/);
  });

  it("explains, rather than failing obscurely, when there is no workbench script", () => {
    const plan = planStart({ argv: [], platform: "linux", wordInstalled: false, scripts: {} });
    expect(plan.kind).toBe("unavailable");
    expect(plan.message).toMatch(/no "workbench" script in package\.json/);
  });

  it("refuses desktop Word where there is none, instead of starting the workbench", () => {
    const plan = planStart({ argv: ["desktop"], platform: "linux", wordInstalled: false, scripts: withWorkbench });
    expect(plan.kind).toBe("unavailable");
    expect(plan.message).toMatch(/cannot be sideloaded into desktop Word here/);
  });
});

describe("npm stop", () => {
  it("stops a desktop sideload where Word exists", () => {
    expect(planStop({ argv: [], platform: "win32", wordInstalled: true })).toEqual({
      kind: "sideload",
      command: "office-addin-debugging",
      args: ["stop", "manifest.xml", "desktop"],
    });
  });

  it("stops a Word on the web session on any system", () => {
    expect(planStop({ argv: ["web"], platform: "linux", wordInstalled: false })).toMatchObject({ args: ["stop", "manifest.xml", "web"] });
  });

  it("has nothing to stop where npm start runs the workbench in the foreground", () => {
    const plan = planStop({ argv: [], platform: "linux", wordInstalled: false });
    expect(plan.kind).toBe("nothing");
    expect(plan.kind === "nothing" && plan.message).toMatch(/Ctrl\+C/);
  });
});
