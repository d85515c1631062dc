import { Label, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/schema";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function ProfilePicker(props: { profiles: Profile[]; selected: Profile; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const id = useId("council-profile");
  return (
    <div className={styles.field}>
      <Label htmlFor={id}>Council profile</Label>
      <Select id={id} value={props.selected.id} onChange={(_, data) => props.onSelect(data.value)}>
        {props.profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
