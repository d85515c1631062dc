export const DEFAULT_OUTPUT: string;
export interface BuildOptions {
  outputPath?: string;
  mode?: "development" | "production";
}
export function buildWorkbench(options?: BuildOptions): Promise<string>;
export function watchWorkbench(options?: BuildOptions & { onBuilt?: (error?: Error) => void }): Promise<() => Promise<void>>;
export interface ServedFolder {
  url: string;
  port: number;
  close(): Promise<void>;
}
export function serveFolder(root: string, options?: { port?: number }): Promise<ServedFolder>;
