/** The report formats by name: what --format accepts, without loading the formatters themselves. */
export const FORMATS = ["text", "json", "sarif", "junit", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
