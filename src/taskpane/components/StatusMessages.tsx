import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

export interface Notice {
  /** Stable per source (e.g. "action", "check"), so a newer notice from the same source replaces the older one. */
  key: string;
  intent: "success" | "info" | "warning" | "error";
  title: string;
  body?: string;
  items?: string[];
  /** A second sentence set apart, e.g. that an insertion is tracked as revisions. */
  note?: string;
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  items: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  note: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export function StatusMessages({ notices }: { notices: Notice[] }) {
  const styles = useStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.stack}>
      {notices.map((notice) => (
        <MessageBar key={notice.key} intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.body}
            {notice.items && notice.items.length > 0 && (
              <ul className={styles.items}>
                {notice.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
            {notice.note && <span className={styles.note}>{notice.note}</span>}
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
