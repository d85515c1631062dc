import { Button, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";

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
  status: { minHeight: "20px" },
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
        <Switch label="Live check" checked={props.live} onChange={(_, data) => props.onLiveChange(data.checked)} />
        <div role="status" className={styles.status}>
          {props.checking && <Spinner size="extra-tiny" label="Checking…" labelPosition="after" />}
        </div>
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
