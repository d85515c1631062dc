import { useEffect, useState } from "react";
import { loadEngine } from "../engine";

export interface RuleInfo {
  /** The group heading: "Template guidance left". */
  title: string;
  /** Why the rule matters: the law or council rule it rests on. */
  why: string;
}

/** Each rule's title and "why", by rule id; empty until the engine has loaded. */
export function useRuleInfo(): ReadonlyMap<string, RuleInfo> {
  const [info, setInfo] = useState<ReadonlyMap<string, RuleInfo>>(new Map());
  useEffect(() => {
    let cancelled = false;
    loadEngine().then(
      ({ ruleMetas }) => {
        if (!cancelled) setInfo(new Map(ruleMetas.map((meta) => [meta.id, { title: meta.title, why: meta.why }])));
      },
      // Without the engine there are no findings to explain; the check reports the failure.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return info;
}
