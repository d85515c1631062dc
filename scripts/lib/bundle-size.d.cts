export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export const INITIAL_PANE_GZIP_BUDGET: number;
export function initialScripts(distDir: string, page?: string): string[];
export function paneBundleReport(distDir: string): { initial: { files: FileSize[]; raw: number; gzip: number }; chunks: FileSize[] };
