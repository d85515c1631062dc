import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/report";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Offered when some section headings can be made real Word headings in one go. */
export function HeadingsAction({ findings, busy, onMakeHeadingsReal }: { findings: readonly Finding[]; busy: boolean; onMakeHeadingsReal: () => void }) {
  const styles = useStyles();
  const count = findings.filter((finding) => finding.fix?.kind === "heading-style").length;
  if (count === 0) return null;
  return (
    <div className={styles.bar}>
      <Button size="small" disabled={busy} onClick={onMakeHeadingsReal}>
        Make all section headings real headings
      </Button>
      <p className={styles.hint}>
        {count === 1 ? "1 heading" : `${count} headings`} get the template's heading style; the text stays as it is. Word's Undo takes it back.
      </p>
    </div>
  );
}
