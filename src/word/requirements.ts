/**
 * The one minimum ROD Author states everywhere (pane, refusal screen, start-up page, README, docs/DEPLOYMENT.md,
 * docs/COMPATIBILITY.md; a test keeps them in step). Two things set it: the code needs WordApi 1.3, and the
 * pane's scripts are ES2022, which the Internet Explorer and Edge Legacy webviews that Word 2019 and earlier
 * can use on Windows cannot run. Word 2021 and later always use WebView2 (Chromium) on Windows.
 */
export const MINIMUM_WORD = "Word 2021 or later, Word in Microsoft 365 or Word on the web";

/** The requirement set every feature needs (the manifest asks for the same). */
export const MINIMUM_WORD_API = "1.3";

/** Optional features, each checked at run time, with the WordApi version that brings it. */
export const FEATURE_SETS = {
  comments: "1.4",
  changeTracking: "1.4",
  reviewedText: "1.4",
  paragraphEvents: "1.6",
  annotations: "1.7",
} as const;
