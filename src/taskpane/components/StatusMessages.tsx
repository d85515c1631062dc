import { forwardRef } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { NoticeBox, type NoticeIntent } from "./NoticeBox";

export interface Notice {
  /** Stable per source (e.g. "action", "check"), so a newer notice from the same source replaces the older one. */
  key: string;
  intent: NoticeIntent;
  title: string;
  body?: string;
  items?: string[];
  /** A second sentence set apart, e.g. that an insertion is tracked as revisions. */
  note?: string;
  /** One thing to do about it, e.g. "Clear marks". */
  action?: { label: string; run: () => void };
  /** Present when the officer may close the notice. */
  onClose?: () => void;
}

const useStyles = makeStyles({
  messages: { display: "flex", flexDirection: "column" },
  both: { gap: tokens.spacingVerticalS },
  // With nothing to say, the empty regions must not add a second gap to the pane's layout.
  silent: { marginTop: `calc(-1 * ${tokens.spacingVerticalM})` },
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/**
 * Outcomes and problems. Both live regions stay in the page even when empty, so that screen readers announce
 * what appears in them: errors at once (alert), everything else politely (status).
 */
export const StatusMessages = forwardRef<HTMLDivElement, { notices: Notice[] }>(function StatusMessages({ notices }, ref) {
  const styles = useStyles();
  const render = (notice: Notice) => (
    <NoticeBox key={notice.key} intent={notice.intent} title={notice.title} onClose={notice.onClose}>
      {notice.body && <p className={styles.text}>{notice.body}</p>}
      {notice.items && notice.items.length > 0 && (
        <ul className={styles.items}>
          {notice.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {notice.note && <p className={styles.text}>{notice.note}</p>}
      {notice.action && (
        <div className={styles.buttons}>
          <Button size="small" onClick={notice.action.run}>
            {notice.action.label}
          </Button>
        </div>
      )}
    </NoticeBox>
  );
  const errors = notices.filter((notice) => notice.intent === "error");
  const others = notices.filter((notice) => notice.intent !== "error");
  return (
    <div ref={ref} className={mergeClasses(styles.messages, errors.length > 0 && others.length > 0 && styles.both, notices.length === 0 && styles.silent)}>
      <div role="alert" className={styles.region}>
        {errors.map(render)}
      </div>
      <div role="status" className={styles.region}>
        {others.map(render)}
      </div>
    </div>
  );
});
