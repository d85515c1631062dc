/// <reference types="node" />
export interface DevCertsModule {
  getHttpsServerOptions(days?: number, domains?: string[]): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
  generateCertificates(caPath: string, certPath: string, keyPath: string, days?: number, domains?: string[]): Promise<void>;
}
export function devServerHttpsOptions(options?: {
  devCerts?: DevCertsModule;
  directory?: string;
  log?: (message: string) => void;
}): Promise<{ options: { ca: Buffer; cert: Buffer; key: Buffer }; trusted: boolean }>;
