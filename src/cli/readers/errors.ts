/**
 * A file rod-check cannot read. The message completes a sentence that starts with the file's name
 * ("reports/x.docx is encrypted or password-protected"), so every bad input reads as one clear line.
 */
export class InputError extends Error {
  override readonly name = "InputError";
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
