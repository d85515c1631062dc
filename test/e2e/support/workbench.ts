import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Frame, type FrameLocator, type Locator, type Page } from "playwright-core";
import { serveFolder, type ServedFolder } from "../../../scripts/lib/workbench-server.cjs";
import { workbenchBuildDir } from "./build-dir";

/** Debian's chromium; the tests never download a browser. */
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const RESULTS_DIR = resolve(__dirname, "..", "..", "..", "test-results");

/** Long enough for a cold start on a busy two-core machine; the pane's own speed is measured by bench/. */
const STEP_TIMEOUT = 15_000;

/** A served workbench build and one Chromium (with its own fresh profile) for a test file. */
export class WorkbenchSession {
  private constructor(
    readonly server: ServedFolder,
    readonly browser: Browser,
  ) {}

  static async start(): Promise<WorkbenchSession> {
    const server = await serveFolder(workbenchBuildDir());
    try {
      // launch() gives every browser a fresh temporary user-data-dir of its own.
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      return new WorkbenchSession(server, browser);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /** Opens the workbench (query such as "?doc=empty") in a new browser context and waits for the pane. */
  async open(query = ""): Promise<WorkbenchPage> {
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const workbench = new WorkbenchPage(context, page);
    await page.goto(this.server.url + query);
    await workbench.paneReady();
    return workbench;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}

/**
 * One workbench session for a test file. Every page a test opens is checked afterwards for page errors
 * and for requests leaving localhost, then closed.
 */
export function workbenchSuite(): { open(query?: string): Promise<WorkbenchPage>; url(): string } {
  let session: WorkbenchSession | undefined;
  let current: WorkbenchPage | undefined;
  beforeAll(async () => {
    session = await WorkbenchSession.start();
  });
  afterEach(async () => {
    const page = current;
    current = undefined;
    if (!page) return;
    try {
      expect(page.pageErrors).toEqual([]);
      expect(page.requestsLeavingLocalhost()).toEqual([]);
    } finally {
      await page.close();
    }
  });
  afterAll(() => session?.close());
  return {
    async open(query = "") {
      if (!session) throw new Error("The workbench session did not start.");
      current = await session.open(query);
      return current;
    },
    url: () => session?.server.url ?? "",
  };
}

export interface DocumentParagraph {
  text: string;
  style: string;
  /** Tags of the content controls around it, outermost first. */
  tags: string[];
}

/** The workbench as a user sees it: the document on the left, the task pane on the right. */
export class WorkbenchPage {
  /** Every URL the page and its frames requested. */
  readonly requests: string[] = [];
  readonly pageErrors: string[] = [];
  readonly pane: FrameLocator;
  readonly document: Locator;

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    context.on("request", (request) => this.requests.push(request.url()));
    page.on("pageerror", (error) => this.pageErrors.push(error.message));
    page.setDefaultTimeout(STEP_TIMEOUT);
    this.pane = page.frameLocator("#pane");
    this.document = page.locator("#document");
  }

  /** The pane's frame, for evaluating scripts in it (axe). */
  paneFrame(): Frame {
    const frame = this.page.frames().find((candidate) => candidate.url().endsWith("/taskpane.html"));
    if (!frame) throw new Error("The task pane's frame is not loaded.");
    return frame;
  }

  async paneReady(): Promise<void> {
    await this.paneButton("Check document").waitFor();
  }

  paneButton(name: string): Locator {
    return this.pane.getByRole("button", { name, exact: true });
  }

  findings(): Locator {
    return this.pane.getByRole("list", { name: "Findings" });
  }

  finding(ruleId: string, section?: string): Locator {
    return this.pane.locator(`li[data-rule-id="${ruleId}"]${section === undefined ? "" : `[data-section="${section}"]`}`);
  }

  /** The verdict line at the top of the pane, with its count of the checks that produced a report. */
  verdict(): Locator {
    return this.pane.getByRole("region", { name: "Verdict" });
  }

  async checksDone(): Promise<number> {
    return Number((await this.verdict().getAttribute("data-checks")) ?? 0);
  }

  /** Waits until at least `count` checks have produced a report (the pane checks by itself when it opens). */
  async waitForChecks(count: number): Promise<void> {
    await this.paneFrame().waitForFunction(
      (expected) => Number(document.querySelector("[data-checks]")?.getAttribute("data-checks") ?? 0) >= expected,
      count,
    );
  }

  /** Presses Check document and waits until that check's findings (or its all-clear) are shown. */
  async check(): Promise<void> {
    const before = await this.checksDone();
    await this.paneButton("Check document").click();
    await this.waitForChecks(before + 1);
    await this.pane.getByRole("heading", { name: "Findings", exact: true }).waitFor();
  }

  /** Gives the pane the size Word gives it on a laptop, with its document beside it. */
  async setPaneSize(width: number, height: number): Promise<void> {
    await this.page.evaluate(
      ([w, h]) => {
        const workspace = document.querySelector<HTMLElement>(".workspace");
        const pane = document.querySelector<HTMLElement>("#pane");
        if (!workspace || !pane) throw new Error("The workbench has no pane.");
        workspace.style.gridTemplateColumns = `minmax(0, 1fr) ${w + 1}px`;
        workspace.style.alignItems = "start";
        pane.style.height = `${h}px`;
        // The pane's border is drawn inside the width, as Word's pane border is outside it: keep the content width.
        pane.style.boxSizing = "content-box";
        pane.style.width = `${w}px`;
      },
      [width, height] as const,
    );
    await this.paneFrame().waitForFunction(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height] as const);
  }

  async ruleIds(): Promise<string[]> {
    return this.pane.locator("li[data-rule-id]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule-id") ?? ""));
  }

  /** The document's paragraphs as the document view shows them. */
  async paragraphs(): Promise<DocumentParagraph[]> {
    return this.document.locator("p[data-index]").evaluateAll((elements) =>
      elements.map((element) => {
        const tags: string[] = [];
        for (let control = element.closest(".control"); control; control = control.parentElement?.closest(".control") ?? null) {
          tags.unshift(control.getAttribute("data-tag") ?? "");
        }
        return { text: element.textContent ?? "", style: element.closest(".paragraph")?.getAttribute("data-style") ?? "", tags };
      }),
    );
  }

  paragraph(index: number): Locator {
    return this.document.locator(`p[data-index="${index}"]`);
  }

  /** Word's selection as the document view highlights it. */
  selection(): Locator {
    return this.document.locator("[data-selection]");
  }

  /** Puts the caret at the end of a paragraph, by clicking at the end of its last line. */
  async clickAtEnd(index: number): Promise<void> {
    const paragraph = this.paragraph(index);
    const box = await paragraph.boundingBox();
    if (!box) throw new Error(`Paragraph ${index} is not visible.`);
    await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
    await this.page.keyboard.press("End");
  }

  /** Empties a paragraph with the keyboard and removes it, as an officer would: Ctrl+A, Backspace, Backspace. */
  async deleteParagraph(index: number): Promise<void> {
    const count = await this.document.locator("p[data-index]").count();
    await this.paragraph(index).click();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.press("Backspace");
    await this.page.keyboard.press("Backspace");
    await this.paragraph(count - 1).waitFor({ state: "detached" });
  }

  async setDarkTheme(dark: boolean): Promise<void> {
    const toggle = this.page.getByRole("switch", { name: "Dark theme" });
    if ((await toggle.isChecked()) !== dark) await toggle.click();
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, name);
    // No hover highlight on whatever was clicked last.
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path });
    return path;
  }

  /** The pane alone, as Word shows it beside the document. */
  async paneScreenshot(name: string): Promise<string> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const path = join(RESULTS_DIR, name);
    await this.page.mouse.move(0, 0);
    await this.page.locator("#pane").screenshot({ path });
    return path;
  }

  /** Requests that went anywhere but this computer's workbench server. */
  requestsLeavingLocalhost(): string[] {
    return this.requests.filter((url) => {
      if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return false;
      const { protocol, hostname } = new URL(url);
      return !(protocol === "http:" && (hostname === "localhost" || hostname === "127.0.0.1"));
    });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
