/**
 * Control characters and bidirectional overrides a file may smuggle into a message through a part name:
 * a newline would forge a second report line, an escape sequence would drive the terminal.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file rod-check cannot read. The message completes a sentence that starts with the file's name
 * ("reports/x.docx is encrypted or password-protected"), so every bad input reads as one clear line:
 * whatever the file put in it is shown as \u escapes.
 */
export class InputError extends Error {
  override readonly name = "InputError";

  constructor(message: string) {
    super(message.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`));
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
