/** Office.js rejects with OfficeExtension.Error, whose `code` names the failure (ApiNotFound, GeneralException...). */
export function errorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}
