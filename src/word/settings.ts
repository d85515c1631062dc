import type { HostTheme } from "./document-host";
import type { OfficeApi } from "./office-api";

/** Settings live in the document (Office.context.document.settings), so a choice travels with the record. */
export function getSetting(api: OfficeApi, key: string): string | undefined {
  const value: unknown = api.Office.context.document.settings.get(key);
  return typeof value === "string" ? value : undefined;
}

/**
 * Re-reads the settings saved in the document. Each runtime (the pane, the ribbon's function file) holds its own
 * copy, read when it started, so the ribbon would otherwise use the profile as it was then. If Word cannot
 * refresh, the copy already held is used.
 */
export function refreshSettings(api: OfficeApi): Promise<void> {
  return new Promise((resolve) => {
    try {
      api.Office.context.document.settings.refreshAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

export function setSetting(api: OfficeApi, key: string, value: string): Promise<void> {
  const settings = api.Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === api.Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(`Word could not save the setting in the document: ${result.error?.message ?? "unknown error"}`));
    });
  });
}

/** Word has no theme-change event, so callers re-read this on focus. */
export function readTheme(api: OfficeApi): HostTheme | undefined {
  const theme = api.Office.context.officeTheme as Partial<Office.OfficeTheme> | undefined;
  if (!theme) return undefined;
  const isDark = typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : isDarkColour(theme.bodyBackgroundColor);
  const result: HostTheme = { isDark };
  if (theme.bodyBackgroundColor) result.bodyBackgroundColor = theme.bodyBackgroundColor;
  if (theme.bodyForegroundColor) result.bodyForegroundColor = theme.bodyForegroundColor;
  return result;
}

/** For hosts without isDarkTheme: a background darker than mid-grey means a dark theme. */
function isDarkColour(colour: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
