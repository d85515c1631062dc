import { formatCsv } from "./csv";
import { formatJson } from "./json";
import { formatJunit } from "./junit";
import type { CheckRun, FormatOptions } from "./model";
import { formatSarif } from "./sarif";
import { formatText } from "./text";

export const FORMATS = ["text", "json", "sarif", "junit", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

const FORMATTERS: Record<Format, (run: CheckRun, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  csv: formatCsv,
};

export function formatRun(format: Format, run: CheckRun, options: FormatOptions): string {
  return FORMATTERS[format](run, options);
}
