/**
 * How the engine and the pane write a normalised amount: "£1,000,000", "£8,500,000", "£5.50".
 * Written out by hand rather than with toLocaleString, whose output depends on the runtime's ICU data.
 */
export function formatPounds(value: number): string {
  const pence = Math.round(Math.abs(value) * 100);
  const digits = Math.floor(pence / 100).toString();
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : "");
  const fraction = pence % 100 === 0 ? "" : `.${String(pence % 100).padStart(2, "0")}`;
  return `${value < 0 ? "-" : ""}£${grouped}${fraction}`;
}
