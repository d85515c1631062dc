/** Word's built-in styles as `styleBuiltIn` names them, and the English display names `style` reports. */
const DISPLAY_NAMES: Record<string, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  ListParagraph: "List Paragraph",
  Quote: "Quote",
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Heading${i + 1}`, `Heading ${i + 1}`])),
};

/** Word reports body text (no outline level) as 10. */
export const BODY_TEXT_OUTLINE_LEVEL = 10;

export function displayNameOf(styleBuiltIn: string): string {
  return DISPLAY_NAMES[styleBuiltIn] ?? styleBuiltIn;
}

/** A style set by name: Word maps known English names back to the built-in; anything else is "Other". */
export function builtInOfName(name: string): string {
  const entry = Object.entries(DISPLAY_NAMES).find(([, display]) => display.toLowerCase() === name.toLowerCase());
  return entry ? entry[0] : "Other";
}

export function outlineLevelOf(styleBuiltIn: string): number {
  const match = /^Heading([1-9])$/.exec(styleBuiltIn);
  return match ? Number(match[1]) : BODY_TEXT_OUTLINE_LEVEL;
}

export function isKnownBuiltIn(styleBuiltIn: string): boolean {
  return styleBuiltIn in DISPLAY_NAMES;
}
