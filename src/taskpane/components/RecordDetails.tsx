import { useState } from "react";
import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { DecisionRecord } from "../../core/record";
import { copyToClipboard, type CopyOutcome } from "../clipboard";
import { recordHtml, recordPlainText, recordRows } from "../record-table";

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  term: { display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, maxHeight: "8em", overflowY: "auto" },
  none: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

const SAID: Record<CopyOutcome, (what: string) => string> = {
  copied: (what) => `Copied ${what}.`,
  "text-only": (what) => `Copied ${what} as plain text.`,
  failed: () => "Word did not allow copying here. Select the text and press Ctrl+C.",
};

/**
 * The register's fields for the open record, as Democratic Services key them into modern.gov or CMIS: each with
 * Copy, and Copy all as a table (HTML for Excel and rich-text forms, tab-separated text for the rest).
 */
export function RecordDetails({ record }: { record: DecisionRecord }) {
  const styles = useStyles();
  const headingId = useId("record-heading");
  const listId = useId("record-fields");
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState("");
  const rows = recordRows(record);

  const copy = async (what: string, plain: string, html?: string) => setSaid(SAID[await copyToClipboard(plain, html)](what));

  return (
    <section aria-labelledby={headingId} className={styles.region}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          Record details
        </h2>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"}
        </Button>
      </div>
      {open && (
        <>
          <Button size="small" onClick={() => void copy("all the details as a table", recordPlainText(rows), recordHtml(rows))}>
            Copy all
          </Button>
          <dl id={listId} className={styles.list}>
            {rows.map((row) => (
              <div key={row.field} className={styles.row}>
                <dt className={styles.term}>
                  {row.label}
                  {row.value !== "" && (
                    <Button size="small" appearance="transparent" aria-label={`Copy ${row.label}`} onClick={() => void copy(row.label, row.value)}>
                      Copy
                    </Button>
                  )}
                </dt>
                <dd className={row.value === "" ? styles.none : styles.value}>{row.value === "" ? "Not found in the record" : row.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p role="status" className={styles.status}>
        {said}
      </p>
    </section>
  );
}
