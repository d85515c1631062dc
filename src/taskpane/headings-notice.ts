import type { HeadingsResult } from "../word/document-host";
import type { Notice } from "./components/StatusMessages";
import { plural } from "../core/text/plural";

/** What "Make all section headings real headings" did, in the past tense, naming any heading it left alone. */
export function headingsNotice(result: HeadingsResult): Omit<Notice, "key" | "onClose"> {
  const left = result.refused.map((item) => item.reason);
  const note = result.tracked ? "Track Changes is on: Word may list the new styles as formatting changes." : undefined;
  if (result.changed === 0) {
    return { intent: "warning", title: "No headings were changed", ...(left.length > 0 ? { items: left } : { body: "Check again." }) };
  }
  return {
    intent: left.length > 0 ? "warning" : "success",
    title: `Made ${plural(result.changed, "heading")} real Word headings`,
    ...(left.length > 0 ? { body: `${plural(left.length, "heading")} left as ${left.length === 1 ? "it was" : "they were"}:`, items: left } : {}),
    ...(note ? { note } : {}),
  };
}
