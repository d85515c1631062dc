/** The longest a quote of the document runs in a message, ellipsis included: enough words to find it, on one line. */
const QUOTE_LENGTH = 60;

/** The first words of a text on one line: runs of whitespace folded, a longer text cut with an ellipsis. */
export function shortQuote(text: string, max = QUOTE_LENGTH): string {
  const folded = text.replace(/\s+/g, " ").trim();
  return folded.length <= max ? folded : `${folded.slice(0, max - 1).trimEnd()}…`;
}

/** A short quote in curly quotation marks, for a message about the document's own words. */
export function quote(text: string): string {
  return `“${shortQuote(text)}”`;
}
