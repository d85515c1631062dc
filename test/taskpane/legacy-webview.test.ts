/** The ES5 script that speaks for ROD Author in the Internet Explorer and Edge Legacy webviews of old Word. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { MINIMUM_WORD } from "../../src/word/requirements";

const repo = join(__dirname, "..", "..");
const script = readFileSync(join(repo, "src", "taskpane", "legacy-webview.js"), "utf8");
const taskPane = readFileSync(join(repo, "src", "taskpane", "taskpane.html"), "utf8");

const AGENTS = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeLegacy: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webView2: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
};

function runIn(agent: string): void {
  Object.defineProperty(window.navigator, "userAgent", { value: agent, configurable: true });
  // Run as the page would: a plain script in the page's global scope.
  new Function(script)();
}

/** The task pane page's body as the build writes it (template tags left out). */
function loadTaskPane(): void {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(taskPane)![1]!;
}

afterEach(() => {
  document.body.innerHTML = "";
  delete (window as { insertRodTemplate?: unknown }).insertRodTemplate;
  delete (window as { Office?: unknown }).Office;
});

describe("ROD Author in an old webview", () => {
  it("is plain ES5, which Internet Explorer 11 can run", () => {
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ["Internet Explorer 11", AGENTS.ie11],
    ["Edge Legacy", AGENTS.edgeLegacy],
  ])("in %s, the pane says at once that this Word cannot run it, and what it needs", (_name, agent) => {
    loadTaskPane();
    runIn(agent);
    const message = document.getElementById("legacy-webview")!;
    expect(message.hidden).toBe(false);
    expect(message).toHaveTextContent("This version of Word cannot run ROD Author.");
    expect(message).toHaveTextContent(`ROD Author needs ${MINIMUM_WORD}.`);
    expect(message).toHaveTextContent("Your document has not been changed.");
    expect(document.getElementById("startup-problem")!.style.display).toBe("none");
  });

  it("does nothing in WebView2, Safari or a browser, where the pane itself runs", () => {
    loadTaskPane();
    runIn(AGENTS.webView2);
    expect(document.getElementById("legacy-webview")!.hidden).toBe(true);
    expect(document.getElementById("startup-problem")!.style.display).toBe("");
  });

  it("answers the ribbon's Insert ROD template with the same message in a dialog, and completes", () => {
    window.history.replaceState(null, "", "/rod-author/commands.html?_host_Info=Word");
    const displayDialogAsync = jest.fn((_url: string, _options: unknown, callback: () => void) => callback());
    const associate = jest.fn();
    (window as { Office?: unknown }).Office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate },
      context: { ui: { displayDialogAsync } },
    };
    runIn(AGENTS.ie11);
    const action = (window as { insertRodTemplate?: (event: { completed(): void }) => void }).insertRodTemplate!;
    expect(associate).toHaveBeenCalledWith("insertRodTemplate", action);
    const completed = jest.fn();
    action({ completed });
    expect(displayDialogAsync).toHaveBeenCalledWith(`${window.location.origin}/rod-author/taskpane.html`, expect.anything(), expect.any(Function));
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the ribbon command even when Word cannot open a dialog", () => {
    (window as { Office?: unknown }).Office = { onReady: () => undefined, context: {} };
    runIn(AGENTS.edgeLegacy);
    const completed = jest.fn();
    (window as { insertRodTemplate?: (event: { completed(): void }) => void }).insertRodTemplate!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
