import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { LiveSwitch } from "./LiveSwitch";

export interface ToolbarProps {
  /** An edit or mark is in progress: buttons that change the document wait for it. */
  busy: boolean;
  live: boolean;
  /** Why Mark in document cannot be used now, if it cannot. */
  cannotMark?: string;
  /** Word cannot report edits as they happen, so live check re-checks when the pane regains focus. */
  focusOnly: boolean;
  settingsOpen: boolean;
  settingsId: string;
  onInsertTemplate: () => void;
  onCheck: () => void;
  onLiveChange: (live: boolean) => void;
  onMark: () => void;
  onClearMarks: () => void;
  onToggleSettings: () => void;
}

const useStyles = makeStyles({
  toolbar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  push: { marginInlineStart: "auto" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

const WAIT = "Wait until the change in progress has finished.";

export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  const waitId = useId("wait");
  const markId = useId("cannot-mark");
  const liveHintId = useId("live-hint");
  const markBlocked = props.busy ? WAIT : props.cannotMark;
  return (
    <div className={styles.toolbar}>
      <span id={waitId} className={styles.hidden}>
        {WAIT}
      </span>
      {markBlocked && (
        <span id={markId} className={styles.hidden}>
          {markBlocked}
        </span>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onCheck}>
          Check document
        </Button>
        <Button disabledFocusable={props.busy} aria-describedby={props.busy ? waitId : undefined} title={props.busy ? WAIT : undefined} onClick={props.onInsertTemplate}>
          Insert template
        </Button>
      </div>
      <div className={styles.row}>
        <Button disabledFocusable={Boolean(markBlocked)} aria-describedby={markBlocked ? markId : undefined} title={markBlocked} onClick={props.onMark}>
          Mark in document
        </Button>
        <Button disabledFocusable={props.busy} aria-describedby={props.busy ? waitId : undefined} title={props.busy ? WAIT : undefined} onClick={props.onClearMarks}>
          Clear marks
        </Button>
      </div>
      <div className={styles.row}>
        <LiveSwitch label="Live check" checked={props.live} describedBy={props.live && props.focusOnly ? liveHintId : undefined} onChange={props.onLiveChange} />
        <Button
          className={styles.push}
          appearance="subtle"
          aria-expanded={props.settingsOpen}
          aria-controls={props.settingsOpen ? props.settingsId : undefined}
          onClick={props.onToggleSettings}
        >
          Settings
        </Button>
      </div>
      {props.live && props.focusOnly && (
        <p id={liveHintId} className={styles.hint}>
          This version of Word does not report edits as you type, so live check re-checks when you return to the pane.
        </p>
      )}
    </div>
  );
}
