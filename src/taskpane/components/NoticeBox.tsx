import type { ReactNode } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { border, borderColor } from "./border";

export type NoticeIntent = "success" | "info" | "warning" | "error";

// Drawn with Fluent's status tokens rather than Fluent's MessageBar, which would add about 3 KB (gzip) and an
// animation library to the pane's first download.
const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...border(tokens.strokeWidthThin, "solid"),
    borderInlineStartWidth: tokens.strokeWidthThicker,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  success: { backgroundColor: tokens.colorStatusSuccessBackground1, ...borderColor(tokens.colorStatusSuccessBorder1) },
  info: { backgroundColor: tokens.colorNeutralBackground3, ...borderColor(tokens.colorNeutralStroke1) },
  warning: { backgroundColor: tokens.colorStatusWarningBackground1, ...borderColor(tokens.colorStatusWarningBorder1) },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, ...borderColor(tokens.colorStatusDangerBorder1) },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  titleRow: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  close: { minWidth: 0, marginTop: `calc(-1 * ${tokens.spacingVerticalXXS})` },
});

export function NoticeBox({ intent, title, onClose, children }: { intent: NoticeIntent; title: string; onClose?: () => void; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.box, styles[intent])}>
      {onClose ? (
        <div className={styles.titleRow}>
          <p className={styles.title}>{title}</p>
          <Button size="small" appearance="subtle" className={styles.close} aria-label={`Close: ${title}`} onClick={onClose}>
            Close
          </Button>
        </div>
      ) : (
        <p className={styles.title}>{title}</p>
      )}
      {children}
    </div>
  );
}
