import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Finding } from "../../core/report";
import { SEVERITY_LABEL, sectionName, shortText } from "../format";

export interface FindingActions {
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** A document edit is in progress: Fix waits for it. */
  busy: boolean;
  /** Why each rule matters, by rule id. */
  reasons: ReadonlyMap<string, string>;
}

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  message: { margin: 0 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export function FindingItem({ finding, profile, actions }: { finding: Finding; profile: Profile; actions: FindingActions }) {
  const styles = useStyles();
  const why = actions.reasons.get(finding.ruleId);
  const name = shortText(finding.message);
  const where = finding.section ? sectionName(profile, finding.section) : undefined;
  return (
    <li data-rule-id={finding.ruleId} data-section={finding.section ?? ""} className={`${styles.item} ${styles[finding.severity]}`}>
      <p className={styles.message}>{finding.message}</p>
      <p className={styles.meta}>
        {SEVERITY_LABEL[finding.severity]}
        {where && ` · Section: ${where}`}
      </p>
      {why && <p className={styles.meta}>Why: {why}</p>}
      {finding.fix && <p className={styles.meta}>Fix: {finding.fix.description}</p>}
      {(finding.location || finding.fix) && (
        <div className={styles.actions}>
          {finding.location && (
            <Button size="small" aria-label={`Go to: ${name}`} onClick={() => actions.onGoTo(finding)}>
              Go to
            </Button>
          )}
          {finding.fix && (
            <Button size="small" aria-label={`Fix: ${name}`} disabledFocusable={actions.busy} onClick={() => actions.onFix(finding)}>
              Fix
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
