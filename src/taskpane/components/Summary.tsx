import { useState } from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Report, SectionSummary } from "../../core/report";
import { keyDecisionText, largestSpendText, publicationText, sectionName } from "../format";

const useStyles = makeStyles({
  region: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  attention: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorStatusDangerForeground1 },
  names: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, fontWeight: tokens.fontWeightRegular },
  toggle: { minWidth: 0, height: "auto", padding: `0 ${tokens.spacingHorizontalXS}`, verticalAlign: "baseline", fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The record at a glance, in four short lines; the sections not yet complete are named on demand. */
export function Summary({ report, profile }: { report?: Report; profile: Profile }) {
  const styles = useStyles();
  const headingId = useId("summary-heading");
  return (
    <section aria-labelledby={headingId} className={styles.region}>
      <h2 id={headingId} className={styles.heading}>
        Summary
      </h2>
      {report ? <SummaryFacts report={report} profile={profile} styles={styles} /> : <p className={styles.empty}>Not checked yet.</p>}
    </section>
  );
}

function SummaryFacts({ report, profile, styles }: { report: Report; profile: Profile; styles: ReturnType<typeof useStyles> }) {
  const { summary } = report;
  const [open, setOpen] = useState(false);
  const namesId = useId("incomplete-sections");
  const complete = summary.sections.filter((section) => section.status === "present");
  const empty = summary.sections.filter((section) => section.status === "empty");
  const missing = summary.sections.filter((section) => section.status === "missing");
  const spend = summary.largestSpend;
  const answer = summary.keyDecision.answer;
  const headingPresent = summary.sections.some((section) => section.id === "key-decision" && section.status !== "missing");
  const keyDecisionNeedsAttention = answer === "missing" || (answer === "no" && spend?.overThreshold === true);
  const incomplete = [...empty, ...missing];
  const name = (section: SectionSummary) => `${sectionName(profile, section.id)} (${section.status})`;
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Key decision</dt>
      <dd className={keyDecisionNeedsAttention ? styles.attention : styles.value}>{keyDecisionText(answer, headingPresent)}</dd>

      <dt className={styles.term}>Largest spend</dt>
      <dd className={spend?.overThreshold && answer !== "yes" ? styles.attention : styles.value}>{spend ? largestSpendText(spend, summary.threshold) : "No spending found"}</dd>

      <dt className={styles.term}>Publication</dt>
      <dd className={styles.value}>{publicationText(summary.publication.status)}</dd>

      {summary.headings && summary.headings.total > 0 && (
        <>
          <dt className={styles.term}>Headings</dt>
          <dd className={styles.value}>
            {summary.headings.real} of {summary.headings.total} real
          </dd>
        </>
      )}

      <dt className={styles.term}>Sections</dt>
      <dd className={missing.some((section) => section.mandatory) ? styles.attention : styles.value}>
        {complete.length} of {summary.sections.length} complete
        {empty.length > 0 && ` · ${empty.length} empty`}
        {missing.length > 0 && ` · ${missing.length} missing`}{" "}
        {incomplete.length > 0 && (
          <Button
            size="small"
            appearance="transparent"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={open ? namesId : undefined}
            aria-label={open ? "Hide the sections not complete" : "Show the sections not complete"}
            onClick={() => setOpen(!open)}
          >
            {open ? "Hide" : "Show"}
          </Button>
        )}
        {open && (
          <ul id={namesId} className={styles.names}>
            {incomplete.map((section) => (
              <li key={section.id}>{name(section)}</li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
