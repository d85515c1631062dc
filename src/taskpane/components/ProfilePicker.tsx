import { useRef, useState } from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { border } from "./border";
import type { Profile } from "../../core/profile/schema";

// A native select styled with Fluent's tokens: Fluent's Select is the same element with more styling code,
// which the pane's first download cannot afford.
const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    ...border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground1 },
  select: {
    width: "100%",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    ...border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ":focus-visible": {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  question: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ProfilePickerProps {
  id: string;
  profiles: Profile[];
  selected: Profile;
  /** Whether the record has been checked, so changing council means checking it again. */
  checked: boolean;
  onSelect: (id: string) => void;
}

/**
 * The council profile, out of the way in the settings area. A record already checked is checked against another
 * council only once the officer confirms: another threshold and other headings give other findings.
 */
export function ProfilePicker({ id, profiles, selected, checked, onSelect }: ProfilePickerProps) {
  const styles = useStyles();
  const selectId = useId("council-profile");
  const headingId = useId("settings-heading");
  const [pending, setPending] = useState<Profile>();
  const select = useRef<HTMLSelectElement>(null);
  // The question's buttons go once answered: focus returns to the choice, not to the page.
  const settle = () => {
    setPending(undefined);
    select.current?.focus();
  };
  const choose = (profileId: string) => {
    const profile = profiles.find((candidate) => candidate.id === profileId);
    if (!profile || profile.id === selected.id) return setPending(undefined);
    if (checked) setPending(profile);
    else onSelect(profile.id);
  };
  return (
    <section id={id} aria-labelledby={headingId} className={styles.area}>
      <h2 id={headingId} className={styles.heading}>
        Settings
      </h2>
      <div className={styles.field}>
        <label htmlFor={selectId} className={styles.label}>
          Council profile
        </label>
        <select ref={select} id={selectId} className={styles.select} value={pending?.id ?? selected.id} onChange={(event) => choose(event.target.value)}>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
        </select>
      </div>
      {pending && (
        <div role="group" aria-label="Change council profile">
          <p className={styles.question}>
            Check this record against {pending.name} instead of {selected.name}? The findings will change.
          </p>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              onClick={() => {
                settle();
                onSelect(pending.id);
              }}
            >
              Check against {pending.name}
            </Button>
            <Button onClick={settle}>Keep {selected.name}</Button>
          </div>
        </div>
      )}
    </section>
  );
}
