import { useCallback, useMemo, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentHost, InsertResult, LocateResult, MarkResult } from "../../core/document-host";
import type { Profile } from "../../core/profile/schema";
import type { Finding } from "../../core/report";
import { errorMessage, type Checker } from "../checker";
import { plural, sectionName } from "../format";
import { useChecker } from "../hooks/useChecker";
import { useLiveCheck } from "../hooks/useLiveCheck";
import { useRuleReasons } from "../hooks/useRuleReasons";
import type { ProfileChoice } from "../hooks/useProfiles";
import { FindingsList } from "./FindingsList";
import { ProfilePicker } from "./ProfilePicker";
import { StatusMessages, type Notice } from "./StatusMessages";
import { Summary } from "./Summary";
import { Toolbar } from "./Toolbar";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  findings: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type ActionNotice = Omit<Notice, "key">;

/** The pane once Word is connected and a council profile is chosen. */
export function Pane({ host, checker, choice }: { host: DocumentHost; checker: Checker; choice: ProfileChoice }) {
  const styles = useStyles();
  const { profile } = choice;
  const { report, checking, failure, check } = useChecker(host, checker, profile);
  const [live, setLive] = useState(false);
  const [liveProblem, setLiveProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionNotice>();
  const reasons = useRuleReasons();

  useLiveCheck(host, live, check, setLiveProblem);

  /** Runs one host action; a failure becomes a message instead of an exception, and the pane stays usable. */
  const act = useCallback(async (failureTitle: string, action: () => Promise<ActionNotice | undefined>) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ intent: "error", title: failureTitle, body: `Word reported: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }, []);

  const insertTemplate = () =>
    act("The template could not be inserted", async () => {
      const result = await host.insertTemplate(profile);
      if (report) void check();
      return insertedNotice(result, profile);
    });

  const goTo = (finding: Finding) =>
    act("Could not go to this finding", async () => locatedNotice(await host.locate(finding)));

  const fix = (finding: Finding) =>
    act("The fix could not be applied", async () => {
      try {
        const result = await host.applyFix(finding, profile);
        return result.applied
          ? { intent: "success", title: "Fixed", body: result.message }
          : { intent: "warning", title: "The fix was not applied", body: `${result.reason} The document has been checked again.` };
      } finally {
        // Whatever happened, the findings on screen may no longer match the document.
        await check();
      }
    });

  const mark = () =>
    act("The findings could not be marked", async () => markedNotice(await host.mark(report?.findings ?? [])));

  const clearMarks = () =>
    act("The marks could not be cleared", async () => {
      const { removed, notRemoved } = host.removeMarks ? await host.removeMarks() : { removed: await host.clearMarks(), notRemoved: 0 };
      const title = removed ? `Removed ${plural(removed, "mark")}` : notRemoved ? "No marks were removed" : "There were no marks to remove";
      if (notRemoved === 0) return { intent: "success", title };
      return { intent: "warning", title, body: `Word would not remove ${plural(notRemoved, "mark")}. Remove ${notRemoved === 1 ? "it" : "them"} by hand, or try Clear marks again.` };
    });

  const notices = useMemo(() => {
    const list: Notice[] = [];
    if (outcome) list.push({ key: "action", ...outcome });
    if (failure) list.push({ key: "check", intent: "error", title: "The document was not checked", body: failure });
    if (choice.problem) list.push({ key: "profile", intent: "warning", title: "Council profile", body: choice.problem, items: choice.problemItems });
    if (liveProblem && live) list.push({ key: "live", intent: "warning", title: "Live check", body: liveProblem });
    return list;
  }, [outcome, failure, choice.problem, choice.problemItems, liveProblem, live]);

  return (
    <div className={styles.pane}>
      <Summary report={report} profile={profile} />
      <Toolbar
        busy={busy}
        checking={checking}
        live={live}
        canMark={Boolean(report?.findings.some((finding) => finding.location))}
        onInsertTemplate={() => void insertTemplate()}
        onCheck={() => void check()}
        onLiveChange={setLive}
        onMark={() => void mark()}
        onClearMarks={() => void clearMarks()}
      />
      <ProfilePicker profiles={choice.profiles} selected={profile} onSelect={(id) => void choice.select(id)} />
      <StatusMessages notices={notices} />
      {report && (
        <section aria-labelledby="findings-heading" className={styles.findings}>
          <h2 id="findings-heading" className={styles.heading}>
            Findings
          </h2>
          <FindingsList report={report} profile={profile} actions={{ onGoTo: goTo, onFix: fix, busy, reasons }} />
        </section>
      )}
    </div>
  );
}

function insertedNotice(result: InsertResult, profile: Profile): ActionNotice {
  if (result.inserted.length === 0) {
    return { intent: "info", title: "Nothing to insert", body: "Every section of the template is already in the document." };
  }
  return {
    intent: "success",
    title: `Inserted ${plural(result.inserted.length, "section")}`,
    items: result.inserted.map((section) => sectionName(profile, section)),
    note: result.tracked ? "Track Changes is on, so the insertion is tracked as revisions you can accept or reject." : undefined,
  };
}

function locatedNotice(result: LocateResult): ActionNotice | undefined {
  switch (result.selected) {
    case "text":
      return undefined;
    case "paragraph":
      return { intent: "info", title: "Selected the paragraph", body: result.reason };
    case "none":
      return { intent: "warning", title: "Could not find this in the document", body: result.reason };
  }
}

function markedNotice(result: MarkResult): ActionNotice {
  if (result.method === "none" || result.count === 0) {
    return { intent: "info", title: "No marks were added", body: result.note ?? "There was nothing to mark in the document." };
  }
  const how = result.method === "comments" ? "with comments" : "with underlines";
  return { intent: "success", title: `Marked ${plural(result.count, "finding")} ${how}`, body: result.note };
}
