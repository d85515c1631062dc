import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Report } from "../../core/report";
import { keyDecisionText, largestSpendText, publicationText, sectionName } from "../format";

const useStyles = makeStyles({
  region: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  warning: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  detail: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Summary({ report, profile }: { report?: Report; profile: Profile }) {
  const styles = useStyles();
  const headingId = useId("summary-heading");
  return (
    <section aria-labelledby={headingId} className={styles.region}>
      <h2 id={headingId} className={styles.heading}>
        Summary
      </h2>
      {report ? <SummaryFacts report={report} profile={profile} styles={styles} /> : (
        <p className={styles.empty}>Not checked yet. Press “Check document” to see whether this record is complete.</p>
      )}
    </section>
  );
}

function SummaryFacts({ report, profile, styles }: { report: Report; profile: Profile; styles: ReturnType<typeof useStyles> }) {
  const { summary } = report;
  const present = summary.sections.filter((section) => section.status !== "missing");
  const missing = summary.sections.filter((section) => section.status === "missing");
  const empty = summary.sections.filter((section) => section.status === "empty");
  const spend = summary.largestSpend;
  const answer = summary.keyDecision.answer;
  const keyDecisionNeedsAttention = answer === "missing" || (answer === "no" && spend?.overThreshold === true);
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Key decision</dt>
      <dd className={keyDecisionNeedsAttention ? styles.warning : styles.value}>{keyDecisionText(answer)}</dd>

      <dt className={styles.term}>Largest spend</dt>
      <dd className={spend?.overThreshold ? styles.warning : styles.value}>
        {spend ? largestSpendText(spend, summary.threshold) : "No spending found"}
      </dd>

      <dt className={styles.term}>Publication</dt>
      <dd className={styles.value}>{publicationText(summary.publication.status)}</dd>

      <dt className={styles.term}>Sections</dt>
      <dd className={missing.some((s) => s.mandatory) ? styles.warning : styles.value}>
        {present.length} of {summary.sections.length} present
        {missing.length > 0 && (
          <span className={styles.detail}>Missing: {missing.map((s) => sectionName(profile, s.id)).join("; ")}</span>
        )}
        {empty.length > 0 && <span className={styles.detail}>Empty: {empty.map((s) => sectionName(profile, s.id)).join("; ")}</span>}
      </dd>
    </dl>
  );
}
