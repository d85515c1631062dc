/**
 * Every rule's metadata, as data: ids, titles, default severities and why each matters. Rules take their `meta` from
 * here, and anything that only lists or describes rules (the pane, the CLI's rule list, SARIF) can read it without
 * loading the rules themselves.
 */
import type { RuleMeta } from "./types";

/** In the order rules run, which is the order findings are listed within a severity. */
export const ruleMetadata = {
  "required-section": {
    id: "required-section",
    title: "Missing section",
    description: "A section the law or the council's template requires is missing.",
    severity: "error",
    fixable: true,
    why: "Regulations 12 and 13 of SI 2012/2089 require the decision and its date, the reasons, the alternatives considered and rejected, any conflict of interest declared and any dispensation; the council's template adds the rest.",
  },
  "empty-section": {
    id: "empty-section",
    title: "Empty section",
    description: "A statutory section has a heading but no real content (blank, a bare N/A, or only guidance).",
    severity: "error",
    fixable: false,
    why: "Regulation 13 of SI 2012/2089 requires the decision, the reasons, details of the alternatives considered and rejected, and any interest and dispensation to be recorded; a heading with nothing under it records none of them.",
  },
  "key-decision-answer": {
    id: "key-decision-answer",
    title: "Key decision not answered",
    description: "The key-decision heading has no YES or NO answer.",
    severity: "error",
    fixable: true,
    why: "Whether a decision is key decides whether it needed 28 clear days' notice (regulation 9 of SI 2012/2089); the record must say which it is.",
  },
  "key-decision-contradiction": {
    id: "key-decision-contradiction",
    title: "Answered NO beside a sum over the threshold",
    description: "The record says it is not a key decision, but a spend or budget amount crosses the council's key-decision threshold.",
    severity: "error",
    fixable: true,
    why: "Regulation 8 of SI 2012/2089 makes spending or saving a significant amount a key decision; the council's constitution sets the figure. A key decision needs 28 clear days' notice (regulation 9), so a record that calls it non-key contradicts its own figures.",
    deprecatedIds: ["key-decision-threshold"],
  },
  "key-decision-unstated": {
    id: "key-decision-unstated",
    title: "Sum over the key-decision threshold",
    description: "A spend or budget amount crosses the council's key-decision threshold, and the record has no key-decision line.",
    severity: "warning",
    fixable: false,
    why: "Regulation 8 of SI 2012/2089 makes spending or saving a significant amount a key decision; the council's constitution sets the figure, and a key decision needs 28 clear days' notice (regulation 9).",
    deprecatedIds: ["key-decision-threshold"],
  },
  "key-decision-notice": {
    id: "key-decision-notice",
    title: "Key decision's notice to check",
    description: "A key decision spends over the threshold: a reminder to check that its notice was published.",
    severity: "info",
    fixable: false,
    why: "A key decision needs 28 clear days' notice in the Forward Plan before it is taken (regulation 9 of SI 2012/2089); only a person can confirm that the notice was published.",
    deprecatedIds: ["key-decision-threshold"],
  },
  "key-decision-cap": {
    id: "key-decision-cap",
    title: "Cap over the key-decision threshold",
    description: "The decision allows spending up to a cap that crosses the council's key-decision threshold.",
    severity: "info",
    fixable: false,
    why: "Regulation 8 of SI 2012/2089 makes spending a significant amount a key decision; a decision that allows spending up to a cap over the threshold is key if the full amount may be spent.",
    deprecatedIds: ["key-decision-threshold"],
  },
  "malformed-amount": {
    id: "malformed-amount",
    title: "Unreadable amount",
    description: "An amount of money whose digits cannot be read unambiguously.",
    severity: "warning",
    fixable: false,
    why: "A figure that can be read two ways (£1.5m or £15m) cannot be checked against the key-decision threshold, and the public record must be unambiguous.",
  },
  "exempt-information": {
    id: "exempt-information",
    title: "Exempt information in a public record",
    description: "A record marked for publication cites Schedule 12A or contains exempt-looking content.",
    severity: "error",
    fixable: false,
    why: "The record of decision is published (regulations 13 and 14 of SI 2012/2089); information exempt under Schedule 12A to the Local Government Act 1972 belongs in a separate exempt appendix, never in the public text.",
  },
  "exempt-citation-form": {
    id: "exempt-citation-form",
    title: "Schedule 12A citation",
    description: "A Schedule 12A citation in the wrong form, or confidential material with no paragraph cited.",
    severity: "warning",
    fixable: false,
    why: "Exempt information is described by the seven paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 (in Wales, paragraphs 12–18 of Part 4); the record must say which one applies.",
  },
  "personal-data": {
    id: "personal-data",
    title: "Personal information",
    description: "Personal data (email addresses, phone numbers, National Insurance numbers, dates of birth) in the public text.",
    severity: "error",
    fixable: false,
    why: "Information about an individual, or that identifies one, is exempt under paragraphs 1 and 2 of Part 1 of Schedule 12A; the published record must not carry it (UK GDPR applies too).",
  },
  "interest-dispensation": {
    id: "interest-dispensation",
    title: "Interest without a dispensation",
    description: "An interest is declared but no dispensation is stated.",
    severity: "warning",
    fixable: false,
    why: "Regulations 12(e) and 13 of SI 2012/2089 require, for every conflict of interest declared, a note of any dispensation granted by the head of paid service.",
  },
  "date-order": {
    id: "date-order",
    title: "Dates that run backwards",
    description: "A date or year range that runs backwards, or a date that cannot exist.",
    severity: "warning",
    fixable: false,
    why: "The record must give the decision and its dates accurately (regulation 13 of SI 2012/2089); a consultation that closes before it opens undermines the reasons given.",
  },
  "duplicate-numbering": {
    id: "duplicate-numbering",
    title: "Repeated paragraph number",
    description: "Two paragraphs carry the same number.",
    severity: "warning",
    fixable: false,
    why: "Readers, scrutiny committees and call-in requests cite paragraphs by number; a repeated number makes the record ambiguous.",
  },
  "placeholder-text": {
    id: "placeholder-text",
    title: "Template guidance left",
    description: "Unfilled template guidance or placeholders left in the record.",
    severity: "warning",
    fixable: false,
    why: "The published record must be complete: leftover guidance tells the reader nothing and shows the record was not finished.",
  },
  "heading-style": {
    id: "heading-style",
    title: "Heading not a real heading",
    description: "A section heading is not a Word heading (bold, capitals or a colon in Normal style), a heading level is skipped, or there is no Heading 1 or Title.",
    severity: "warning",
    fixable: true,
    why: "A published record must meet WCAG 2.2 AA (Public Sector Bodies Accessibility Regulations 2018). Success criterion 1.3.1 needs headings that are real headings: screen-reader users move by them, and a PDF saved from Word takes its outline and tags from them.",
  },
} satisfies Record<string, RuleMeta>;

export const ruleMetas: readonly RuleMeta[] = Object.values(ruleMetadata);
