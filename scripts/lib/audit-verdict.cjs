// Reads `npm audit --json` output and decides: pass, fail (high or critical advisories in shipped
// dependencies), or unavailable (the advisory service could not be asked, e.g. a registry mirror
// that allows only GET). "Unavailable" is reported plainly rather than passed off as a clean audit.

const BLOCKING = ["high", "critical"];

/** @param {string} json the stdout of `npm audit --omit=dev --json` */
function auditVerdict(json) {
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    return { status: "unavailable", message: "npm audit printed no JSON report, so no advisories could be checked." };
  }
  const counts = report.metadata && report.metadata.vulnerabilities;
  if (!counts) {
    const reason = report.message || (report.error && report.error.summary) || "the advisory service gave no answer";
    return { status: "unavailable", message: `The npm advisory service could not be asked (${reason}), so no advisories were checked.` };
  }
  const blocking = BLOCKING.reduce((sum, level) => sum + (counts[level] || 0), 0);
  const names = Object.entries(report.vulnerabilities || {})
    .filter(([, entry]) => BLOCKING.includes(entry.severity))
    .map(([name, entry]) => `${name} (${entry.severity})`);
  if (blocking > 0) {
    return { status: "fail", message: `Shipped dependencies have ${blocking} high or critical advisories: ${names.join(", ")}. Run npm audit --omit=dev for details.` };
  }
  const total = Object.values(counts).reduce((sum, value) => sum + (typeof value === "number" ? value : 0), 0) - (counts.total || 0);
  return { status: "pass", message: `npm audit: no high or critical advisories in shipped dependencies (${total} lower).` };
}

module.exports = { auditVerdict };
