/**
 * What went wrong, in words that can be shown to the officer. Office.js rejects with OfficeExtension.Error (an
 * object with a message that need not be an Error), and scripts may throw plain strings.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) return error.message;
  return "an unexpected error occurred.";
}
