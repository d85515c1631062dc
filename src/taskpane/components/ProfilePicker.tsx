import { makeStyles, tokens, useId } from "@fluentui/react-components";
import { border } from "./border";
import type { Profile } from "../../core/profile/schema";

// A native select styled with Fluent's tokens: Fluent's Select is the same element with more styling code,
// which the pane's first download cannot afford.
const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  select: {
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
});

export function ProfilePicker(props: { profiles: Profile[]; selected: Profile; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const id = useId("council-profile");
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Council profile
      </label>
      <select id={id} className={styles.select} value={props.selected.id} onChange={(event) => props.onSelect(event.target.value)}>
        {props.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
