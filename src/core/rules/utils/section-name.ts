/** Names that keep their capital in sentence case. */
const PROPER = new Set(["Cabinet", "Committee", "Council", "Proper", "Officer"]);

/**
 * A section's heading as a name in a sentence: sentence case, no trailing colon ("DECISION TO BE TAKEN BY:" →
 * "Decision to be taken by", "Financial Implications" → "Financial implications"), as GOV.UK style asks.
 */
export function sectionLabel(heading: string): string {
  const trimmed = heading.trimEnd();
  const text = trimmed.endsWith(":") ? trimmed.slice(0, -1).trimEnd() : trimmed;
  const shouting = text === text.toUpperCase();
  return text
    .split(" ")
    .map((word, index) => {
      if (index === 0) return shouting ? word.charAt(0) + word.slice(1).toLowerCase() : word;
      if (shouting) return word.toLowerCase();
      return /^\p{Lu}\p{Ll}+$/u.test(word) && !PROPER.has(word) ? word.toLowerCase() : word;
    })
    .join(" ");
}
