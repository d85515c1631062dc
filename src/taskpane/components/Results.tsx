import { makeStyles, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Finding, Report } from "../../core/report";
import type { DismissedFinding } from "../dismissals";
import type { RuleInfo } from "../hooks/useRuleInfo";
import type { FindingActions } from "./FindingItem";
import { FindingsList } from "./FindingsList";
import { HeadingsAction } from "./HeadingsAction";
import { RecordDetails } from "./RecordDetails";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface ResultsProps {
  report: Report;
  profile: Profile;
  active: Finding[];
  dismissed: DismissedFinding[];
  stale: boolean;
  info: ReadonlyMap<string, RuleInfo>;
  actions: FindingActions;
  onRestore: (finding: DismissedFinding) => void;
}

/**
 * What a check found: the summary and the findings. Loaded with the engine rather than in the pane's first
 * download, since there is nothing to show before the first check.
 */
export default function Results({ report, profile, active, dismissed, stale, info, actions, onRestore }: ResultsProps) {
  const styles = useStyles();
  return (
    <>
      <Summary report={report} profile={profile} />
      <section aria-labelledby="findings-heading" className={styles.findings} data-stale={stale || undefined}>
        <h2 id="findings-heading" className={styles.heading}>
          {stale ? "Findings (out of date)" : "Findings"}
        </h2>
        {actions.onMakeHeadingsReal && <HeadingsAction findings={active} busy={actions.busy} onMakeHeadingsReal={actions.onMakeHeadingsReal} />}
        <FindingsList findings={active} dismissed={dismissed} profile={profile} info={info} actions={actions} onRestore={onRestore} />
      </section>
      {report.record && <RecordDetails record={report.record} />}
    </>
  );
}
