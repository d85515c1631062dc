import { useEffect, useState } from "react";
import { loadEngine } from "../engine";

/** Each rule's "why" (the law or council rule it rests on), by rule id; empty until the engine has loaded. */
export function useRuleReasons(): ReadonlyMap<string, string> {
  const [reasons, setReasons] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let cancelled = false;
    loadEngine().then(
      ({ ruleMetas }) => {
        if (!cancelled) setReasons(new Map(ruleMetas.map((meta) => [meta.id, meta.why])));
      },
      // Without the engine there are no findings to explain; the check reports the failure.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return reasons;
}
