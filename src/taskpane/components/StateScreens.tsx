import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { MINIMUM_WORD } from "../../word/requirements";
import { NoticeBox } from "./NoticeBox";

const useStyles = makeStyles({
  screen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <p role="status" className={styles.text}>
      {label}
    </p>
  );
}

/** Word has not answered yet: on a slow network or a virtual desktop it can take a while, and the pane keeps waiting. */
export function StillConnecting({ seconds }: { seconds: number }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.screen}>
      <p className={styles.text}>
        <strong>Still connecting to Word…</strong>
      </p>
      <p className={styles.text}>
        Word has not answered for {seconds} seconds. This can happen on a slow network or a virtual desktop; ROD Author keeps waiting and
        starts as soon as Word answers. If nothing changes within a minute, close the pane and open it again. If it keeps happening, ask your IT
        service desk to check that your network allows appsforoffice.microsoft.com.
      </p>
      <p className={styles.text}>ROD Author needs {MINIMUM_WORD}.</p>
    </div>
  );
}

export function OutsideOffice() {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <h2 className={styles.heading}>Open ROD Author in Word</h2>
      <p className={styles.text}>
        ROD Author is a task pane for Microsoft Word, so it works only inside Word. This page was opened on its own, in a
        browser.
      </p>
      <ol className={styles.steps}>
        <li>Open your Record of Decision in Word (desktop, Mac or Word on the web).</li>
        <li>On the Home tab, choose ROD Author. If you do not see it, ask your IT team to deploy the add-in, or add it under Add-ins.</li>
      </ol>
      <p className={styles.text}>
        To try it without Word, run <code className={styles.code}>npm start</code> in the project folder: on a computer without Word
        it serves a workbench with a sample record and this pane.
      </p>
    </div>
  );
}

export function Unsupported({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <h2 className={styles.heading}>This version of Word is not supported</h2>
      <NoticeBox title="ROD Author needs a newer Word" intent="warning">
        <p className={styles.text}>{message}</p>
      </NoticeBox>
      <p className={styles.text}>
        ROD Author needs {MINIMUM_WORD} (Word API 1.3). Your document has not been changed.
      </p>
    </div>
  );
}

export function StartFailed({ message }: { message: string }) {
  return (
    <Failure
      heading="ROD Author could not start"
      message={message}
      advice="Your document has not been changed. Close the pane and open it again; if it keeps happening, tell your IT team."
    />
  );
}

export function Failure(props: { heading: string; message: string; advice: string; action?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.screen}>
      <h2 className={styles.heading}>{props.heading}</h2>
      <NoticeBox title="What went wrong" intent="error">
        <p className={styles.text}>{props.message}</p>
      </NoticeBox>
      <p className={styles.text}>{props.advice}</p>
      {props.action && <div>{props.action}</div>}
    </div>
  );
}
