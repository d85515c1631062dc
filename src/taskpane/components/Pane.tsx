import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { makeStyles, tokens, useId } from "@fluentui/react-components";
import type { DocumentHost, InsertResult, LocateResult, MarkResult } from "../../word/document-host";
import type { Finding } from "../../core/report";
import type { Checker } from "../../core/checker";
import { errorMessage } from "../../core/text/error-message";
import { partition, type DismissedFinding } from "../dismissals";
import { plural } from "../../core/text/plural";
import { useChecker } from "../hooks/useChecker";
import { useDismissals } from "../hooks/useDismissals";
import { useLiveCheck } from "../hooks/useLiveCheck";
import { useLivePreference } from "../hooks/useLivePreference";
import type { ProfileChoice } from "../hooks/useProfiles";
import { useRuleInfo } from "../hooks/useRuleInfo";
import { useStaleReport } from "../hooks/useStaleReport";
import { headingsNotice } from "../headings-notice";
import { verdictOf } from "../verdict";
import { StatusMessages, type Notice } from "./StatusMessages";
import { Toolbar } from "./Toolbar";
import { Verdict } from "./Verdict";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

// Nothing to show before the first check or before Settings is opened: both load after the pane's first paint.
const Results = lazy(() => import(/* webpackChunkName: "results" */ "./Results"));
const ProfilePicker = lazy(() => import(/* webpackChunkName: "results" */ "./ProfilePicker").then((module) => ({ default: module.ProfilePicker })));

type ActionNotice = Omit<Notice, "key" | "onClose">;

/** How long a notice that needs nothing from the officer stays on screen. */
const NOTICE_MS = 8_000;

/** The pane once Word is connected and a council profile is chosen. */
export function Pane({ host, checker, choice }: { host: DocumentHost; checker: Checker; choice: ProfileChoice }) {
  const styles = useStyles();
  const { profile } = choice;
  const { report, checking, failure, check, checkedAt, checks, matchesReport } = useChecker(host, checker, profile);
  const [live, setLive] = useLivePreference();
  const [liveProblem, setLiveProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ActionNotice>();
  const [marksOn, setMarksOn] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsId = useId("settings");
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  const info = useRuleInfo();
  const { dismissals, dismiss, restore, problem: dismissProblem } = useDismissals(host);
  const stale = useStaleReport(host, !live && report !== undefined, checks, matchesReport);

  useLiveCheck(host, live, check, setLiveProblem);

  // Check as soon as the pane is on screen (effects run after the first paint), unless live check is about to.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (!live) void check();
  }, [check, live]);

  const { active, dismissed } = useMemo(
    () => partition(report?.findings ?? [], dismissals, (ruleId) => info.get(ruleId)?.formerIds ?? []),
    [report, dismissals, info],
  );
  const verdict = report ? verdictOf(active) : undefined;

  // While the officer has marks on, they follow the findings: a finding that went (fixed, dismissed) loses its mark.
  const markedFindings = useRef<Finding[]>(undefined);
  useEffect(() => {
    if (!marksOn || !report || markedFindings.current === active) return;
    markedFindings.current = active;
    host.mark(active).catch((error: unknown) => setOutcome({ intent: "error", title: "The marks could not be refreshed", body: `Word reported: ${errorMessage(error)}` }));
  }, [host, marksOn, report, active]);

  const focusVerdict = useCallback(() => requestAnimationFrame(() => verdictHeading.current?.focus()), []);

  // A notice that asks nothing of the officer goes away by itself, unless the officer is on it.
  const notices = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!outcome || outcome.action || outcome.intent === "error" || outcome.intent === "warning") return;
    const timer = setTimeout(() => {
      if (!notices.current?.contains(document.activeElement)) setOutcome(undefined);
    }, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  /** Closes the action notice; focus, if it was on the notice, goes to the verdict rather than the page. */
  const closeOutcome = useCallback(() => {
    setOutcome(undefined);
    focusVerdict();
  }, [focusVerdict]);

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
      await check();
      return insertedNotice(result);
    });

  const goTo = (finding: Finding) => act("Could not go to this finding", async () => locatedNotice(await host.locate(finding)));

  const fix = (finding: Finding) =>
    act("The fix could not be applied", async () => {
      try {
        const result = await host.applyFix(finding, profile);
        return result.applied
          ? { intent: "success", title: appliedText(finding, result.message), note: result.message.includes("tracked") ? "It is tracked as a change." : undefined }
          : // The pane checks again by itself, so Word's "Check again." is already done.
            { intent: "warning", title: "Nothing was changed", body: withoutEnding(result.reason, "Check again.") };
      } finally {
        // Whatever happened, the findings on screen may no longer match the document; the Fix button may be gone.
        await check();
        focusVerdict();
      }
    });

  const makeHeadingsReal = host.makeHeadingsReal
    ? () =>
        act("The headings could not be changed", async () => {
          try {
            return headingsNotice(await host.makeHeadingsReal!(active));
          } finally {
            await check();
            focusVerdict();
          }
        })
    : undefined;

  const clearMarks = () =>
    act("The marks could not be cleared", async () => {
      setMarksOn(false);
      const { removed, notRemoved } = host.removeMarks ? await host.removeMarks() : { removed: await host.clearMarks(), notRemoved: 0 };
      const title = removed ? `Removed ${plural(removed, "mark")}` : notRemoved ? "No marks were removed" : "There were no marks to remove";
      if (notRemoved === 0) return { intent: "success", title };
      return { intent: "warning", title, body: `Word would not remove ${plural(notRemoved, "mark")}. Remove ${notRemoved === 1 ? "it" : "them"} by hand, or try Clear marks again.` };
    });

  const mark = () =>
    act("The findings could not be marked", async () => {
      markedFindings.current = active;
      const result = await host.mark(active);
      setMarksOn(result.count > 0);
      return markedNotice(result, () => {
        void clearMarks();
        focusVerdict();
      });
    });

  const onDismiss = (finding: Finding, reason: string) => {
    void dismiss(finding, reason);
    focusVerdict();
  };

  const onRestore = (item: DismissedFinding) => {
    void restore(item.dismissal.key);
    focusVerdict();
  };

  const noticeList = useMemo(() => {
    const list: Notice[] = [];
    // closeOutcome reads the verdict's ref only when the officer closes the notice, never while rendering.
    // eslint-disable-next-line react-hooks/refs
    if (outcome) list.push({ key: "action", ...outcome, onClose: closeOutcome });
    if (failure) list.push({ key: "check", intent: "error", title: "The document was not checked", body: failure });
    if (choice.problem) list.push({ key: "profile", intent: "warning", title: "Council profile", body: choice.problem, items: choice.problemItems });
    if (dismissProblem) list.push({ key: "dismissed", intent: "warning", title: "Dismissed findings", body: dismissProblem });
    if (liveProblem && live) list.push({ key: "live", intent: "warning", title: "Live check", body: liveProblem });
    return list;
  }, [outcome, closeOutcome, failure, choice.problem, choice.problemItems, dismissProblem, liveProblem, live]);

  const cannotMark = !report ? "Check the document first." : active.some((finding) => finding.location) ? undefined : "No finding points at text in the document.";

  return (
    <div className={styles.pane}>
      <Verdict
        ref={verdictHeading}
        verdict={verdict}
        checkedAt={checkedAt}
        checks={checks}
        checking={checking}
        stale={stale}
        dismissed={dismissed.length}
        onCheckAgain={() => {
          void check();
          focusVerdict();
        }}
      />
      <Toolbar
        busy={busy}
        live={live}
        cannotMark={cannotMark}
        focusOnly={!host.capabilities.paragraphEvents}
        settingsOpen={settingsOpen}
        settingsId={settingsId}
        onInsertTemplate={() => void insertTemplate()}
        onCheck={() => void check()}
        onLiveChange={setLive}
        onMark={() => void mark()}
        onClearMarks={() => void clearMarks()}
        onToggleSettings={() => setSettingsOpen(!settingsOpen)}
      />
      {settingsOpen && (
        <Suspense fallback={null}>
          <ProfilePicker id={settingsId} profiles={choice.profiles} selected={profile} checked={report !== undefined} onSelect={(id) => void choice.select(id)} />
        </Suspense>
      )}
      <StatusMessages ref={notices} notices={noticeList} />
      {report && (
        <Suspense fallback={null}>
          <Results
            report={report}
            profile={profile}
            active={active}
            dismissed={dismissed}
            stale={stale}
            info={info}
            actions={{ onGoTo: (finding) => void goTo(finding), onFix: (finding) => void fix(finding), onDismiss, onInsertTemplate: () => void insertTemplate(), ...(makeHeadingsReal ? { onMakeHeadingsReal: () => void makeHeadingsReal() } : {}), busy }}
            onRestore={onRestore}
          />
        </Suspense>
      )}
    </div>
  );
}

/** What a fix did, in the past tense. */
function appliedText(finding: Finding, message: string): string {
  return finding.fix?.done ?? withoutEnding(message.endsWith(".") ? message.slice(0, -1) : message, "(as a tracked change)");
}

/** `text` without `ending` and the spaces before it (not a regular expression, which rescans a run of spaces from each one). */
function withoutEnding(text: string, ending: string): string {
  return text.endsWith(ending) ? text.slice(0, -ending.length).trimEnd() : text;
}

function insertedNotice(result: InsertResult): ActionNotice {
  if (result.inserted.length === 0) {
    return { intent: "info", title: "Nothing to insert", body: "Every section of the template is already in the document." };
  }
  return {
    intent: "success",
    title: `Inserted ${plural(result.inserted.length, "section")}`,
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

function markedNotice(result: MarkResult, clearMarks: () => void): ActionNotice {
  if (result.method === "none" || result.count === 0) {
    return { intent: "info", title: "No marks were added", body: result.note ?? "There was nothing to mark in the document." };
  }
  if (result.method === "comments") {
    return {
      intent: "info",
      title: `Marked ${plural(result.count, "finding")} with comments`,
      body: "Comments are saved in the file. Clear the marks before you share it. They follow the findings until you do.",
      note: result.note,
      action: { label: "Clear marks now", run: clearMarks },
    };
  }
  return { intent: "success", title: `Marked ${plural(result.count, "finding")} with underlines`, body: "They follow the findings until you clear them.", note: result.note };
}
