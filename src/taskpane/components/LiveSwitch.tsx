import { makeStyles, tokens } from "@fluentui/react-components";
import { border, borderColor } from "./border";

// A native checkbox with the switch role, drawn like Fluent's Switch. Fluent's own Switch (with the Label it
// depends on) would add over 4 KB (gzip) to the pane's first download, a third of what the pane's code weighs.
const useStyles = makeStyles({
  root: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minHeight: "32px",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  input: {
    position: "absolute",
    top: "6px",
    left: 0,
    width: "40px",
    height: "20px",
    margin: 0,
    opacity: 0,
    cursor: "pointer",
    ":hover": { "& + span": borderColor(tokens.colorNeutralStrokeAccessibleHover) },
    ":focus-visible": {
      "& + span": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2, outlineOffset: "2px" },
    },
    ":checked": {
      "& + span": { backgroundColor: tokens.colorCompoundBrandBackground, ...borderColor(tokens.colorCompoundBrandBackground) },
      "& + span::after": { transform: "translateX(20px)", backgroundColor: tokens.colorNeutralForegroundInverted },
    },
  },
  track: {
    position: "relative",
    flexShrink: 0,
    boxSizing: "border-box",
    width: "40px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    ...border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStrokeAccessible),
    pointerEvents: "none",
    "::after": {
      content: '""',
      position: "absolute",
      top: "2px",
      left: "2px",
      width: "14px",
      height: "14px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralStrokeAccessible,
      transitionProperty: "transform",
      transitionDuration: tokens.durationFaster,
    },
  },
});

export function LiveSwitch(props: { label: string; checked: boolean; describedBy?: string; onChange: (checked: boolean) => void }) {
  const { label, checked, onChange } = props;
  const styles = useStyles();
  return (
    <label className={styles.root}>
      <input
        type="checkbox"
        role="switch"
        className={styles.input}
        checked={checked}
        aria-describedby={props.describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span aria-hidden="true" className={styles.track} />
      {label}
    </label>
  );
}
