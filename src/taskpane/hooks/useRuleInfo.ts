import { useEffect, useState } from "react";
import { loadPaneData } from "../pane-data";

export interface RuleInfo {
  /** The group heading: "Template guidance left". */
  title: string;
  /** Why the rule matters: the law or council rule it rests on. */
  why: string;
  /** Ids the rule had before (a dismissal saved under one still applies). */
  formerIds: readonly string[];
}

/** Each rule's title and "why", by rule id; empty until the pane's data has loaded. */
export function useRuleInfo(): ReadonlyMap<string, RuleInfo> {
  const [info, setInfo] = useState<ReadonlyMap<string, RuleInfo>>(new Map());
  useEffect(() => {
    let cancelled = false;
    loadPaneData().then(
      ({ ruleMetas }) => {
        if (!cancelled) setInfo(new Map(ruleMetas.map((meta) => [meta.id, { title: meta.title, why: meta.why, formerIds: meta.deprecatedIds ?? [] }])));
      },
      // Without the data there is nothing to explain a finding with; the headings fall back to the rule ids.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return info;
}
