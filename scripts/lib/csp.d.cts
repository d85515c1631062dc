export const OFFICE_JS_ORIGIN: string;
export const OFFICE_JS_URL: string;
export function contentSecurityPolicy(addinOrigin?: string): string;
