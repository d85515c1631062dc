import { forwardRef } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { clockTime, type Verdict as VerdictValue } from "../verdict";

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  ready: { borderInlineStartColor: tokens.colorStatusSuccessBorderActive },
  notReady: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  waiting: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  stale: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  line: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 } },
  meta: { margin: 0, display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface VerdictProps {
  verdict?: VerdictValue;
  checkedAt?: Date;
  /** Counts the checks that produced a report (for tests and the workbench to wait on). */
  checks: number;
  checking: boolean;
  /** The document changed after the check and live check is off. */
  stale: boolean;
  /** How many findings the officer dismissed (not in the verdict). */
  dismissed: number;
  onCheckAgain: () => void;
}

/**
 * The answer first: counts and whether the record is ready for sign-off, when it was checked, and whether the
 * document has changed since. The line is a polite live region, so every check's outcome is announced; the
 * heading takes focus after an action that removes the control the officer was on.
 */
export const Verdict = forwardRef<HTMLHeadingElement, VerdictProps>(function Verdict(props, ref) {
  const styles = useStyles();
  const { verdict, checkedAt, stale } = props;
  const tone = !verdict ? styles.waiting : stale ? styles.stale : verdict.ready ? styles.ready : styles.notReady;
  const line = !verdict ? (props.checking ? "Checking the record…" : "Not checked yet") : verdict.text;
  return (
    <section aria-label="Verdict" className={mergeClasses(styles.region, tone)} data-checks={props.checks}>
      <div role="status" aria-live="polite" aria-atomic="true">
        <h2 ref={ref} tabIndex={-1} className={styles.line}>
          {line}
        </h2>
        {stale && <p className={styles.meta}>Out of date: the document changed after this check.</p>}
      </div>
      <p className={styles.meta}>
        {checkedAt && <span>Checked at {clockTime(checkedAt)}</span>}
        {props.dismissed > 0 && <span>{props.dismissed} dismissed</span>}
        {props.checking && verdict && <span>Checking…</span>}
        {stale && (
          <Button size="small" appearance="transparent" onClick={props.onCheckAgain}>
            Check again
          </Button>
        )}
      </p>
    </section>
  );
});
