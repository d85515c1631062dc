import { useEffect, useState } from "react";
import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import type { ConnectResult, DocumentHost } from "../word/document-host";
import { inThreadChecker, type Checker } from "../core/checker";
import { errorMessage } from "../core/text/error-message";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Pane } from "./components/Pane";
import { Loading, OutsideOffice, StartFailed, StillConnecting, Unsupported } from "./components/StateScreens";
import { useOfficeTheme } from "./hooks/useOfficeTheme";
import { useProfiles } from "./hooks/useProfiles";
import { builtInProfileSource, type ProfileSource } from "./profiles";

export interface AppProps {
  /** The outcome of connecting to Word; the pane shows a loading state until it settles. */
  connection: Promise<ConnectResult>;
  checker?: Checker;
  profileSource?: ProfileSource;
  /** After this long without an answer from Word, the pane says it is still connecting (and keeps waiting). */
  slowAfterMs?: number;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function App({ connection, checker = inThreadChecker, profileSource = builtInProfileSource, slowAfterMs = 10_000 }: AppProps) {
  const styles = useStyles();
  const [result, setResult] = useState<ConnectResult>();
  const [slow, setSlow] = useState(false);

  useEffect(() => {
    if (result !== undefined) return undefined;
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [result, slowAfterMs]);

  useEffect(() => {
    let cancelled = false;
    connection.then(
      (settled) => !cancelled && setResult(settled),
      (error: unknown) => !cancelled && setResult({ status: "error", message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [connection]);

  const host = result?.status === "ready" ? result.host : undefined;
  const theme = useOfficeTheme(host);

  return (
    <FluentProvider theme={theme} className={styles.root}>
      <main className={styles.main}>
        <h1 className={styles.title}>ROD Author</h1>
        <ErrorBoundary>
          {result === undefined ? (
            slow ? (
              <StillConnecting seconds={Math.round(slowAfterMs / 1000)} />
            ) : (
              <Loading label="Connecting to Word…" />
            )
          ) : result.status === "ready" ? (
            <ConnectedPane host={result.host} checker={checker} profileSource={profileSource} />
          ) : result.status === "outside-office" ? (
            <OutsideOffice />
          ) : result.status === "unsupported" ? (
            <Unsupported message={result.message} />
          ) : (
            <StartFailed message={result.message} />
          )}
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}

function ConnectedPane({ host, checker, profileSource }: { host: DocumentHost; checker: Checker; profileSource: ProfileSource }) {
  const profiles = useProfiles(host, profileSource);
  if (profiles.status === "loading") return <Loading label="Loading council profiles…" />;
  if (profiles.status === "failed") return <StartFailed message={profiles.message} />;
  return <Pane host={host} checker={checker} choice={profiles.choice} />;
}
