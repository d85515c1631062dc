import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";
import type { Finding, Location } from "../../core/report";
import { sectionName, shortText } from "../format";
import { border } from "./border";
import { SeverityBadge } from "./SeverityBadge";

export interface FindingActions {
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onDismiss: (finding: Finding, reason: string) => void;
  onInsertTemplate: () => void;
  /** Gives every section heading the template's heading style in one batch; absent when the host cannot. */
  onMakeHeadingsReal?: () => void;
  /** A document edit is in progress: Fix waits for it. */
  busy: boolean;
}

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  error: { borderInlineStartColor: tokens.colorStatusDangerBorderActive },
  warning: { borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  info: { borderInlineStartColor: tokens.colorBrandStroke1 },
  head: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { margin: 0 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  others: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  other: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  input: {
    minHeight: "28px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    ...border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ":focus-visible": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2 },
  },
});

/** Other places a finding names: each sum over the threshold, the other paragraph with the same number. */
function otherPlaces(finding: Finding): { label: string; location: Location }[] {
  const here = finding.location;
  const same = (location: Location) => here !== undefined && location.block === here.block && location.start === here.start;
  const sums = Array.isArray(finding.data?.sums) ? (finding.data.sums as { location: Location }[]) : [];
  const places = sums.filter((sum) => !same(sum.location)).map((sum) => ({ label: sum.location.text, location: sum.location }));
  const other = finding.data?.other as Location | undefined;
  if (other && typeof other.block === "number") places.push({ label: `the other ${String(finding.data?.number ?? "")}`.trimEnd(), location: other });
  return places;
}

/** The finding as seen from another place it names: Go to selects that place, and nothing there is to be fixed. */
function placeFinding(finding: Finding, location: Location): Finding {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, section: finding.section, location };
}

export function FindingItem({ finding, profile, actions }: { finding: Finding; profile: Profile; actions: FindingActions }) {
  const styles = useStyles();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const reasonInput = useRef<HTMLInputElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);
  const reasonId = useId("dismiss-reason");
  const waitId = useId("fix-wait");
  const name = shortText(finding.message);
  const where = finding.section ? sectionName(profile, finding.section) : undefined;
  const places = otherPlaces(finding);
  const offersTemplate = finding.data?.template === true;

  useEffect(() => {
    if (dismissing) reasonInput.current?.focus();
  }, [dismissing]);

  const cancel = () => {
    setDismissing(false);
    setReason("");
    // Back to the button that opened the form, not to the page.
    requestAnimationFrame(() => dismissButton.current?.focus());
  };

  return (
    <li data-rule-id={finding.ruleId} data-section={finding.section ?? ""} className={mergeClasses(styles.item, styles[finding.severity])}>
      <p className={styles.head}>
        <SeverityBadge severity={finding.severity} />
        {where && ` · ${where}`}
      </p>
      <p className={styles.message}>{finding.message}</p>
      {places.length > 0 && (
        <ul className={styles.others} aria-label="Also in the record">
          {places.map((place) => (
            <li key={`${place.location.block}:${place.location.start}`} className={styles.other}>
              <span>{shortText(place.location.text, 50)}</span>
              <Button size="small" appearance="transparent" aria-label={`Go to ${shortText(place.label, 50)}`} onClick={() => actions.onGoTo(placeFinding(finding, place.location))}>
                Go to
              </Button>
            </li>
          ))}
        </ul>
      )}
      {finding.fix && <p className={styles.meta}>Fix: {finding.fix.description}</p>}
      <div className={styles.actions}>
        {finding.location && (
          <Button size="small" aria-label={`Go to: ${name}`} onClick={() => actions.onGoTo(finding)}>
            Go to
          </Button>
        )}
        {finding.fix && (
          <>
            <Button
              size="small"
              aria-label={`Fix: ${name}`}
              disabledFocusable={actions.busy}
              aria-describedby={actions.busy ? waitId : undefined}
              title={actions.busy ? "Wait until the change in progress has finished." : undefined}
              onClick={() => actions.onFix(finding)}
            >
              Fix
            </Button>
            {actions.busy && (
              <span id={waitId} hidden>
                Wait until the change in progress has finished.
              </span>
            )}
          </>
        )}
        {offersTemplate && (
          <Button size="small" appearance="primary" disabledFocusable={actions.busy} onClick={actions.onInsertTemplate}>
            Insert the template
          </Button>
        )}
        {!dismissing && (
          <Button ref={dismissButton} size="small" appearance="subtle" aria-label={`I've checked this: ${name}`} onClick={() => setDismissing(true)}>
            I've checked this
          </Button>
        )}
      </div>
      {dismissing && (
        <form
          className={styles.form}
          aria-label="Dismiss this finding"
          onSubmit={(event) => {
            event.preventDefault();
            actions.onDismiss(finding, reason);
          }}
        >
          <label htmlFor={reasonId} className={styles.meta}>
            Why (optional, saved in the document)
          </label>
          <input id={reasonId} ref={reasonInput} className={styles.input} value={reason} onChange={(event) => setReason(event.target.value)} />
          <div className={styles.actions}>
            <Button size="small" appearance="primary" type="submit">
              Dismiss
            </Button>
            <Button size="small" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
