import { useEffect, useState } from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DocumentHost } from "../../word/document-host";
import { paneFocus } from "../pane-focus";

/**
 * Follows Office's theme. Word has no theme-change event, so the theme is re-read whenever the pane gains
 * focus or becomes visible again. Without a host (outside Office) the browser's colour scheme decides.
 */
export function useOfficeTheme(host: DocumentHost | undefined): Theme {
  const [dark, setDark] = useState(() => prefersDark(host));

  useEffect(() => {
    const update = () => setDark(prefersDark(host));
    update();
    return paneFocus(update);
  }, [host]);

  return dark ? webDarkTheme : webLightTheme;
}

function prefersDark(host: DocumentHost | undefined): boolean {
  if (host) {
    try {
      const theme = host.theme();
      if (theme) return theme.isDark;
    } catch {
      // A theme that cannot be read is not worth an error message: fall back to the browser's preference.
    }
  }
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}
