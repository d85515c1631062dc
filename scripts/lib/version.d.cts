export function manifestVersionFor(packageVersion: string): string;
export function readManifestVersion(xml: string): string | undefined;
export function withManifestVersion(xml: string, manifestVersion: string): string;
export function isHigherVersion(a: string, b: string): boolean;
