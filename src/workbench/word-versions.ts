import type { SupportedSets } from "../fake-word";

/**
 * Words the simulated host can pretend to be, to show the pane's fallbacks: underlines need WordApi 1.7 and a
 * Microsoft 365 subscription, comments 1.4, live check on paragraph events 1.6; below 1.3 the pane refuses. Some
 * entries reproduce a known misbehaviour of real Word (office-js issue numbers in the name).
 */
export interface WordVersion {
  id: string;
  name: string;
  supportedSets: SupportedSets;
  /** Perpetual-licence Word reports WordApi 1.7 and more, but its critique calls fail. */
  annotationsFail: boolean;
  /** "OfficeOnline" for Word on the web, which reports no Office theme. Default "PC". */
  platform?: string;
  /** Underlines are accepted but not shown. */
  critiquesInvisible?: boolean;
  /** Range.insertComment fails with NotAllowed. */
  insertCommentFails?: boolean;
  /** Office.onReady settles this late, as on a slow network or virtual desktop. */
  readyAfterMs?: number;
}

export const WORD_VERSIONS: readonly WordVersion[] = [
  { id: "365", name: "Microsoft 365 · WordApi 1.9", supportedSets: { WordApi: "1.9" }, annotationsFail: false },
  {
    id: "365-ribbon",
    name: "Microsoft 365, pane opened from the ribbon · underlines hidden (#6595)",
    supportedSets: { WordApi: "1.9" },
    annotationsFail: false,
    critiquesInvisible: true,
  },
  {
    id: "365-slow",
    name: "Microsoft 365 on a slow virtual desktop · ready after 15 s (#3330)",
    supportedSets: { WordApi: "1.9" },
    annotationsFail: false,
    readyAfterMs: 15_000,
  },
  { id: "web", name: "Word on the web · WordApi 1.9, no Office theme (#3732)", supportedSets: { WordApi: "1.9" }, annotationsFail: false, platform: "OfficeOnline" },
  {
    id: "web-no-comments",
    name: "Word on the web · comments refused (#6746)",
    supportedSets: { WordApi: "1.9" },
    annotationsFail: false,
    platform: "OfficeOnline",
    insertCommentFails: true,
  },
  { id: "2024", name: "Word 2024, no subscription · WordApi 1.8", supportedSets: { WordApi: "1.8" }, annotationsFail: true },
  { id: "2021", name: "Word LTSC 2021 · WordApi 1.3", supportedSets: { WordApi: "1.3" }, annotationsFail: false },
  { id: "2016", name: "Word 2016 · WordApi 1.1 (too old)", supportedSets: { WordApi: "1.1" }, annotationsFail: false },
];

export const DEFAULT_WORD_VERSION = WORD_VERSIONS[0] as WordVersion;

export function wordVersion(id: string | null): WordVersion | undefined {
  return WORD_VERSIONS.find((version) => version.id === id);
}
