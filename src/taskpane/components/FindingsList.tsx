import { useState } from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Finding } from "../../core/report";
import { worstSeverity } from "../../core/severity";
import type { DismissedFinding } from "../dismissals";
import type { RuleInfo } from "../hooks/useRuleInfo";
import { shortText } from "../format";
import { FindingItem, type FindingActions } from "./FindingItem";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: { justifyContent: "flex-start", width: "100%", paddingInlineStart: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "start" },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  whyButton: { alignSelf: "flex-start", minWidth: 0, paddingInlineStart: 0 },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  none: { margin: 0 },
  dismissed: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface RuleGroup {
  ruleId: string;
  title: string;
  findings: Finding[];
}

/** Findings by rule, in the order of their worst severity (the findings come sorted by severity). */
function groupByRule(findings: readonly Finding[], info: ReadonlyMap<string, RuleInfo>): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId) ?? { ruleId: finding.ruleId, title: info.get(finding.ruleId)?.title ?? finding.ruleId, findings: [] };
    group.findings.push(finding);
    groups.set(finding.ruleId, group);
  }
  return [...groups.values()];
}

export interface FindingsListProps {
  findings: Finding[];
  dismissed: DismissedFinding[];
  profile: Profile;
  info: ReadonlyMap<string, RuleInfo>;
  actions: FindingActions;
  onRestore: (finding: DismissedFinding) => void;
}

/**
 * One list named "Findings" whose items are the rules that found something, each with its count, collapsible,
 * and its "why" once, on demand; then the findings the officer dismissed, where each can be restored.
 */
export function FindingsList({ findings, dismissed, profile, info, actions, onRestore }: FindingsListProps) {
  const styles = useStyles();
  const groups = groupByRule(findings, info);
  return (
    <>
      {groups.length === 0 ? (
        <p className={styles.none}>{dismissed.length > 0 ? "No other problems found." : "No problems found: this record passes every check."}</p>
      ) : (
        <ul aria-label="Findings" className={styles.list}>
          {groups.map((group) => (
            <FindingGroup key={group.ruleId} group={group} why={info.get(group.ruleId)?.why} profile={profile} actions={actions} styles={styles} />
          ))}
        </ul>
      )}
      {dismissed.length > 0 && <DismissedList dismissed={dismissed} onRestore={onRestore} styles={styles} />}
    </>
  );
}

function FindingGroup(props: { group: RuleGroup; why?: string; profile: Profile; actions: FindingActions; styles: ReturnType<typeof useStyles> }) {
  const { group, styles } = props;
  const [open, setOpen] = useState(true);
  const [showWhy, setShowWhy] = useState(false);
  const itemsId = useId("findings-group");
  const whyId = useId("why");
  const name = `${group.title} (${group.findings.length})`;
  return (
    <li className={styles.group} data-group={group.ruleId}>
      <h3 className={styles.heading}>
        <Button appearance="subtle" className={styles.toggle} aria-expanded={open} aria-controls={open ? itemsId : undefined} onClick={() => setOpen(!open)}>
          <SeverityBadge severity={worstSeverity(group.findings) ?? "info"} text={name} />
        </Button>
      </h3>
      {open && (
        <div id={itemsId}>
          {props.why && (
            <>
              <Button
                size="small"
                appearance="transparent"
                className={styles.whyButton}
                aria-expanded={showWhy}
                aria-controls={showWhy ? whyId : undefined}
                aria-label={`Why this matters: ${group.title}`}
                onClick={() => setShowWhy(!showWhy)}
              >
                Why this matters
              </Button>
              {showWhy && (
                <p id={whyId} className={styles.why}>
                  {props.why}
                </p>
              )}
            </>
          )}
          <ul aria-label={name} className={styles.items}>
            {group.findings.map((finding, index) => (
              <FindingItem key={`${finding.ruleId}-${finding.location?.block ?? ""}-${finding.location?.start ?? ""}-${index}`} finding={finding} profile={props.profile} actions={props.actions} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function DismissedList({ dismissed, onRestore, styles }: { dismissed: DismissedFinding[]; onRestore: (finding: DismissedFinding) => void; styles: ReturnType<typeof useStyles> }) {
  const [open, setOpen] = useState(false);
  const listId = useId("dismissed");
  const name = `Dismissed (${dismissed.length})`;
  return (
    <section aria-label={name} className={styles.group}>
      <h3 className={styles.heading}>
        <Button appearance="subtle" className={styles.toggle} aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
          {name}
        </Button>
      </h3>
      {open && (
        <ul id={listId} aria-label={name} className={styles.items}>
          {dismissed.map((item) => (
            <li key={item.dismissal.key} data-dismissed-rule-id={item.finding.ruleId} className={styles.dismissed}>
              <span>{item.finding.message}</span>
              <p className={styles.reason}>{item.dismissal.reason ? `Checked: ${item.dismissal.reason}` : "Checked, no reason given."}</p>
              <Button size="small" className={styles.whyButton} aria-label={`Restore: ${shortText(item.finding.message)}`} onClick={() => onRestore(item)}>
                Restore
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
