import { useCallback, useState } from "react";

/** Live check is a habit of the officer's, not a property of one record: it is remembered on this computer. */
export const LIVE_CHECK_STORAGE_KEY = "rod.liveCheck";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked (private mode, a locked-down profile): the switch then starts off each time.
    return undefined;
  }
}

export function useLivePreference(): [boolean, (live: boolean) => void] {
  const [live, setLiveState] = useState(() => storage()?.getItem(LIVE_CHECK_STORAGE_KEY) === "on");
  const setLive = useCallback((next: boolean) => {
    setLiveState(next);
    try {
      storage()?.setItem(LIVE_CHECK_STORAGE_KEY, next ? "on" : "off");
    } catch {
      // Not remembered, but on for now.
    }
  }, []);
  return [live, setLive];
}
