import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Finding, Report, Severity } from "../../core/report";
import { SEVERITY_GROUP_NAME, SEVERITY_ORDER } from "../format";
import { FindingItem, type FindingActions } from "./FindingItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  none: { margin: 0 },
});

/**
 * One list named "Findings" whose items are the severity groups; each group holds its findings as a nested
 * list, so the grouping is announced and every finding is an <li data-rule-id data-section>.
 */
export function FindingsList({ report, profile, actions }: { report: Report; profile: Profile; actions: FindingActions }) {
  const styles = useStyles();
  if (report.findings.length === 0) {
    return <p className={styles.none}>No problems found: this record passes every check.</p>;
  }
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: report.findings.filter((finding) => finding.severity === severity),
  })).filter((group) => group.findings.length > 0);
  return (
    <ul aria-label="Findings" className={styles.list}>
      {groups.map((group) => (
        <FindingGroup key={group.severity} {...group} profile={profile} actions={actions} styles={styles} />
      ))}
    </ul>
  );
}

function FindingGroup(props: {
  severity: Severity;
  findings: Finding[];
  profile: Profile;
  actions: FindingActions;
  styles: ReturnType<typeof useStyles>;
}) {
  const { styles } = props;
  const headingId = useId("findings-group");
  return (
    <li className={styles.group}>
      <h3 id={headingId} className={styles.heading}>
        {SEVERITY_GROUP_NAME[props.severity]} ({props.findings.length})
      </h3>
      <ul aria-labelledby={headingId} className={styles.items}>
        {props.findings.map((finding, index) => (
          <FindingItem key={`${finding.ruleId}-${index}`} finding={finding} profile={props.profile} actions={props.actions} />
        ))}
      </ul>
    </li>
  );
}
