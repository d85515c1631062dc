export const DEV_BASE_URL: string;
export const DEV_ORIGIN: string;
export class AddinUrlError extends Error {}
export function parseAddinBaseUrl(value: string | undefined): { baseUrl: string; origin: string };
export function rewriteManifest(xml: string, baseUrl: string): string;
