export interface AuditVerdict {
  status: "pass" | "fail" | "unavailable";
  message: string;
}
export function auditVerdict(json: string): AuditVerdict;
