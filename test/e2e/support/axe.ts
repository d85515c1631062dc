import type { Frame } from "playwright-core";

/** axe-core's own build, injected into the page under test (nothing fetched). */
const AXE_SCRIPT = require.resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in one frame (WCAG 2.x A and AA, best practices) and returns its violations, readably. */
export async function axeViolations(frame: Frame, exclude: string[] = []): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => "axe" in window))) await frame.addScriptTag({ path: AXE_SCRIPT });
  return frame.evaluate(async (excluded) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const context = excluded.length > 0 ? { exclude: excluded.map((selector) => [selector]) } : document;
    const result = await axe.run(context, {
      iframes: false,
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, exclude);
}
