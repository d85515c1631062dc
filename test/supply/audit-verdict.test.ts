import { auditVerdict } from "../../scripts/lib/audit-verdict.cjs";

const report = (vulnerabilities: Record<string, { severity: string }>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) } } });

test("a high advisory in a shipped dependency fails CI, naming the package", () => {
  expect(auditVerdict(report({ "some-lib": { severity: "high" }, other: { severity: "low" } }, { high: 1, low: 1 }))).toEqual({
    status: "fail",
    message: "Shipped dependencies have 1 high or critical advisories: some-lib (high). Run npm audit --omit=dev for details.",
  });
});

test("a critical advisory fails too", () => {
  expect(auditVerdict(report({ bad: { severity: "critical" } }, { critical: 1 })).status).toBe("fail");
});

test("only low and moderate advisories pass, with their count", () => {
  expect(auditVerdict(report({ a: { severity: "moderate" }, b: { severity: "low" } }, { moderate: 1, low: 1 }))).toEqual({
    status: "pass",
    message: "npm audit: no high or critical advisories in shipped dependencies (2 lower).",
  });
});

test("an advisory service that refuses the request is reported as unchecked, not as clean", () => {
  const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
  expect(auditVerdict(refused)).toEqual({
    status: "unavailable",
    message: "The npm advisory service could not be asked (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk), so no advisories were checked.",
  });
  expect(auditVerdict("").status).toBe("unavailable");
});
