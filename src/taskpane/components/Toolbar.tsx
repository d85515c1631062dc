import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { LiveSwitch } from "./LiveSwitch";

export interface ToolbarProps {
  /** An edit or mark is in progress: buttons that change the document wait for it. */
  busy: boolean;
  checking: boolean;
  live: boolean;
  canMark: boolean;
  onInsertTemplate: () => void;
  onCheck: () => void;
  onLiveChange: (live: boolean) => void;
  onMark: () => void;
  onClearMarks: () => void;
}

const useStyles = makeStyles({
  toolbar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
});

export function Toolbar(props: ToolbarProps) {
  const styles = useStyles();
  return (
    <div className={styles.toolbar}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onCheck}>
          Check document
        </Button>
        <Button disabledFocusable={props.busy} onClick={props.onInsertTemplate}>
          Insert template
        </Button>
      </div>
      <div className={styles.row}>
        <LiveSwitch label="Live check" checked={props.live} onChange={props.onLiveChange} />
        <span role="status" className={styles.status}>
          {props.checking ? "Checking…" : ""}
        </span>
      </div>
      <div className={styles.row}>
        <Button disabledFocusable={props.busy || !props.canMark} onClick={props.onMark}>
          Mark in document
        </Button>
        <Button disabledFocusable={props.busy} onClick={props.onClearMarks}>
          Clear marks
        </Button>
      </div>
    </div>
  );
}
