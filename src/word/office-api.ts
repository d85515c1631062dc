/**
 * The two Office.js namespaces the Word layer uses, passed in rather than read from globals everywhere, so that
 * the same code runs against real Word, the test fake and the workbench's simulated document.
 */
export interface OfficeApi {
  Word: typeof Word;
  Office: typeof Office;
}

const scope = globalThis as { Word?: typeof Word; Office?: typeof Office };

/** The `Office` global, or undefined when office.js is missing (not loaded, or blocked). */
export function officeFromGlobals(): typeof Office | undefined {
  return scope.Office;
}

/**
 * Both globals. office.js defines `Word` only once it knows it runs in Word (after Office.onReady), so read this
 * then, not at start-up.
 */
export function officeApiFromGlobals(): OfficeApi | undefined {
  if (scope.Office === undefined || scope.Word === undefined) return undefined;
  return { Word: scope.Word, Office: scope.Office };
}

export function isSetSupported(api: OfficeApi, version: string): boolean {
  try {
    return api.Office.context.requirements.isSetSupported("WordApi", version);
  } catch {
    return false;
  }
}
