import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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
});

export function NoticeBox({ intent, title, children }: { intent: NoticeIntent; title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.box, styles[intent])}>
      <p className={styles.title}>{title}</p>
      {children}
    </div>
  );
}
