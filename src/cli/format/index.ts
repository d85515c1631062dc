import type { CheckRun, FormatOptions } from "./model";
import type { Format } from "./names";

type Formatter = (run: CheckRun, options: FormatOptions) => string;

/**
 * Only the chosen formatter is loaded: SARIF's fingerprints need node:crypto, which alone takes about a
 * tenth of rod-check's start-up.
 */
const FORMATTERS: Record<Format, () => Promise<Formatter>> = {
  text: async () => (await import("./text")).formatText,
  json: async () => (await import("./json")).formatJson,
  sarif: async () => (await import("./sarif")).formatSarif,
  junit: async () => (await import("./junit")).formatJunit,
  csv: async () => (await import("./csv")).formatCsv,
};

export async function formatRun(format: Format, run: CheckRun, options: FormatOptions): Promise<string> {
  const formatter = await FORMATTERS[format]();
  return formatter(run, options);
}
