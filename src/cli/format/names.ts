/** The report formats by name: what --format accepts, without loading the formatters themselves. */
export const FORMATS = ["text", "json", "sarif", "junit", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** Formats that show the decisions register's fields; the others do not need them extracted. */
const WITH_REGISTER: ReadonlySet<Format> = new Set(["json", "csv"]);

export function showsRegister(format: Format): boolean {
  return WITH_REGISTER.has(format);
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
