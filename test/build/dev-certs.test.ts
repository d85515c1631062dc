/**
 * `npm run dev-server` keeps serving HTTPS when the developer CA cannot be installed (no sudo on Linux).
 * Installation is made to fail by injection, so the test never touches the machine's trust store.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate, createPrivateKey } from "node:crypto";
import * as officeDevCerts from "office-addin-dev-certs";
import { devServerHttpsOptions, type DevCertsModule } from "../../scripts/lib/dev-certs.cjs";

jest.setTimeout(60_000);

const cannotInstall: DevCertsModule = {
  getHttpsServerOptions: () => Promise.reject(new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found")),
  generateCertificates: officeDevCerts.generateCertificates,
};

function fetchOverHttps(server: Server, ca: Buffer): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "localhost", port, path: "/taskpane.html", ca }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("dev server certificates", () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "rod-certs-"));
    // office-addin-dev-certs announces every generated certificate on the console.
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(directory, { recursive: true, force: true });
  });

  it("uses the trusted certificates when office-addin-dev-certs can install them", async () => {
    const trustedOptions = { ca: Buffer.from("ca"), cert: Buffer.from("cert"), key: Buffer.from("key") };
    const log = jest.fn();
    const result = await devServerHttpsOptions({
      devCerts: { ...cannotInstall, getHttpsServerOptions: () => Promise.resolve(trustedOptions) },
      directory,
      log,
    });
    expect(result).toEqual({ options: trustedOptions, trusted: true });
    expect(log).not.toHaveBeenCalled();
  });

  it("says why in one paragraph and still serves HTTPS when the CA cannot be installed", async () => {
    const log = jest.fn();
    const { options, trusted } = await devServerHttpsOptions({ devCerts: cannotInstall, directory, log });

    expect(trusted).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    const message: string = log.mock.calls[0][0];
    expect(message).toMatch(/could not be installed in this machine's trust store\s+\(Unable to install the CA certificate\. \/bin\/sh: 1: sudo: not found\)/);
    expect(message).toContain(join(directory, "ca.crt"));
    expect(message).toMatch(/still runs on https:\/\/localhost:3000/);
    expect(message.trim().split(/\n\s*\n/)).toHaveLength(1);

    const certificate = new X509Certificate(options.cert);
    expect(certificate.checkPrivateKey(createPrivateKey(options.key))).toBe(true);
    expect(certificate.subjectAltName).toMatch(/DNS:localhost/);

    const server = createServer({ cert: options.cert, key: options.key }, (_req, res) => res.end("<title>ROD Author</title>"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      await expect(fetchOverHttps(server, options.ca)).resolves.toContain("ROD Author");
    } finally {
      server.close();
    }
  });

  it("reuses usable certificates on the next start instead of making new ones", async () => {
    await devServerHttpsOptions({ devCerts: cannotInstall, directory, log: () => undefined });
    const first = readFileSync(join(directory, "localhost.crt"));
    const firstModified = statSync(join(directory, "localhost.crt")).mtimeMs;

    const again = await devServerHttpsOptions({ devCerts: cannotInstall, directory, log: () => undefined });
    expect(again.options.cert.equals(first)).toBe(true);
    expect(statSync(join(directory, "localhost.crt")).mtimeMs).toBe(firstModified);
  });
});
