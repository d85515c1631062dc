import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/report";
import { SEVERITY_LABEL } from "../format";

const useStyles = makeStyles({
  badge: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  icon: { flexShrink: 0, width: "16px", height: "16px" },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorBrandForeground1 },
  label: { color: tokens.colorNeutralForeground1 },
});

// Drawn here rather than taken from @fluentui/react-icons: three small shapes cost less than the icon package.
const SHAPES: Record<Severity, string> = {
  // A circle with a cross.
  error: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-2.1 4.2-.7.7L7.3 8l-2.1 2.1.7.7L8 8.7l2.1 2.1.7-.7L8.7 8l2.1-2.1-.7-.7L8 7.3 5.9 5.2Z",
  // A triangle with an exclamation mark.
  warning: "M8 1.5 15.2 14H.8L8 1.5Zm-.6 4.5v4.2h1.2V6H7.4Zm0 5.2v1.3h1.2v-1.3H7.4Z",
  // A circle with an "i".
  info: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.6 6v5h1.2V7H7.4Zm0-2.6v1.3h1.2V4.4H7.4Z",
};

/** Severity by shape and word as well as colour, so it reads the same without colour and in both themes. */
export function SeverityBadge({ severity, text = SEVERITY_LABEL[severity] }: { severity: Severity; text?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.badge}>
      <svg className={mergeClasses(styles.icon, styles[severity])} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path fill="currentColor" fillRule="evenodd" d={SHAPES[severity]} />
      </svg>
      <span className={styles.label}>{text}</span>
    </span>
  );
}
