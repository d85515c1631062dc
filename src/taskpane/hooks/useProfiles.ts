import { useCallback, useEffect, useState } from "react";
import type { DocumentHost } from "../../word/document-host";
import type { Profile } from "../../core/profile/schema";
import { errorMessage } from "../../core/text/error-message";
import { loadPaneData } from "../pane-data";
import { builtInCatalogue, PROFILE_SETTING_KEY, type ProfileSource } from "../profiles";

export interface ProfileChoice {
  profiles: Profile[];
  profile: Profile;
  /** Switches profile and remembers it in the document's settings. */
  select: (id: string) => Promise<void>;
  /** Something the officer should know about the profiles (an unusable admin profile, a setting not saved). */
  problem?: string;
  /** The details of the problem, one line each (e.g. each field of the admin's profile that is wrong). */
  problemItems?: string[];
}

export type ProfilesState = { status: "loading" } | { status: "failed"; message: string } | { status: "ready"; choice: ProfileChoice };

const builtIns = async () => builtInCatalogue(await loadPaneData());

/** Loads the council profiles and the one this document remembers. */
export function useProfiles(host: DocumentHost, source: ProfileSource): ProfilesState {
  const [profiles, setProfiles] = useState<Profile[]>();
  const [selectedId, setSelectedId] = useState<string>();
  // What the profile source reported stays on screen; the rest (a document's setting) is cleared by a new choice.
  const [sourceProblem, setSourceProblem] = useState<{ text?: string; items?: string[] }>({});
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const sourceProblems: string[] = [];
      const problems: string[] = [];
      let catalogue;
      try {
        catalogue = await source();
      } catch (error) {
        catalogue = await builtIns();
        sourceProblems.push(`The council profiles could not be loaded, so the built-in ones are used: ${errorMessage(error)}`);
      }
      if (catalogue.problem) sourceProblems.push(catalogue.problem);
      const items = catalogue.problemItems;
      if (catalogue.profiles.length === 0) {
        catalogue = await builtIns();
        sourceProblems.push("No council profile was offered, so the built-in ones are used.");
      }

      let remembered: string | undefined;
      try {
        remembered = await host.getSetting(PROFILE_SETTING_KEY);
      } catch (error) {
        problems.push(`The council profile saved in this document could not be read: ${errorMessage(error)}`);
      }
      const fallback = catalogue.profiles.find((p) => p.id === catalogue.defaultId) ?? catalogue.profiles[0];
      const chosen = catalogue.profiles.find((p) => p.id === remembered) ?? fallback;
      if (remembered && chosen.id !== remembered) {
        problems.push(`This document was set up for the profile "${remembered}", which is not available here, so ${chosen.name} is used.`);
      }
      if (cancelled) return;
      setProfiles(catalogue.profiles);
      setSelectedId(chosen.id);
      setSourceProblem({ text: sourceProblems.length ? sourceProblems.join(" ") : undefined, items });
      setProblem(problems.length ? problems.join(" ") : undefined);
    };
    load().catch((error: unknown) => {
      // Not even the built-in profiles could be loaded (a download that failed): nothing can be checked.
      if (!cancelled) setFailure(`The checker could not be loaded: ${errorMessage(error)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [host, source]);

  const select = useCallback(
    async (id: string) => {
      setSelectedId(id);
      try {
        await host.setSetting(PROFILE_SETTING_KEY, id);
        setProblem(undefined);
      } catch (error) {
        setProblem(`The profile is used now but could not be saved in the document: ${errorMessage(error)}`);
      }
    },
    [host],
  );

  if (failure) return { status: "failed", message: failure };
  if (!profiles) return { status: "loading" };
  const profile = profiles.find((p) => p.id === selectedId) ?? profiles[0];
  const shown = [sourceProblem.text, problem].filter(Boolean).join(" ");
  return { status: "ready", choice: { profiles, profile, select, problem: shown || undefined, problemItems: sourceProblem.items } };
}
