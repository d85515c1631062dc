import { spanAt } from "./utils/location";
import type { Rule } from "./types";
import { ruleMetadata } from "./metadata";

interface Match {
  start: number;
  text: string;
}

interface Detector {
  kind: string;
  /** A cheap test that rules the paragraph out before the full search. */
  mayContain: (text: string) => boolean;
  find: (text: string) => Match[];
  message: (text: string) => string;
}

const ROLE_MAILBOX = /^(?:democratic|democracy|democraticservices|committee|committees|info|enquiries|contactus|contact|foi|dpo|dataprotection|data\.protection)[._-]?/i;
const LOCAL_PART = /[\w.%+-]/;
const DOMAIN_PART = /[A-Z0-9.-]/i;

/**
 * Email addresses, found from each "@" outwards. A single regex for the whole address backtracks
 * polynomially on long runs of address characters with no "@".
 */
function findEmails(text: string): Match[] {
  const found: Match[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_PART.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && DOMAIN_PART.test(text[end])) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    if (local === "" || !/^[A-Z0-9-]+(?:\.[A-Z0-9-]+)+$/i.test(domain) || ROLE_MAILBOX.test(local)) continue;
    found.push({ start, text: text.slice(start, end) });
  }
  return found;
}

/** Every match of a global pattern, by its own lastIndex: matchAll would copy the pattern for each paragraph. */
function byPattern(pattern: RegExp): (text: string) => Match[] {
  return (text) => {
    const found: Match[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push({ start: match.index, text: match[0] });
      // An empty match would be found again at the same place: step past it, as matchAll does.
      if (match[0] === "") pattern.lastIndex++;
    }
    return found;
  };
}

const DETECTORS: Detector[] = [
  {
    kind: "email",
    mayContain: (text) => text.includes("@"),
    find: findEmails,
    message: (text) => `The email address “${text}” will be published with the record. Remove it unless it is a shared council mailbox.`,
  },
  {
    kind: "phone",
    mayContain: (text) => text.includes("0") || text.includes("+44"),
    find: byPattern(/(?<![\w£.,])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){8,9}(?!\d)/g),
    message: (text) => `The telephone number “${text}” will be published with the record. Remove it unless it is a public council number.`,
  },
  {
    kind: "national-insurance-number",
    mayContain: (text) => /[A-Z]/.test(text),
    find: byPattern(/\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g),
    message: (text) => `“${text}” looks like a National Insurance number. It must not appear in the public record.`,
  },
  {
    kind: "date-of-birth",
    mayContain: (text) => /birth|dob|d\.o\.b|born/i.test(text),
    find: byPattern(/\b(?:date of birth|d\.o\.b\.?|dob|born on)\b[\s:]{0,3}(?=\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/gi),
    message: (text) => `“${text.trim()}” gives someone's date of birth. It must not appear in the public record.`,
  },
];

export const personalData: Rule = {
  meta: ruleMetadata["personal-data"],
  check({ snapshot, analysis, report }) {
    const status = analysis.publication.status;
    if (status === "exempt") return;
    // Marked for publication, it will be published as it stands: an error. Otherwise a warning to check.
    const severity = status === "public" ? "error" : "warning";
    snapshot.blocks.forEach((block, index) => {
      if (!/[@\d]/.test(block.text)) return;
      for (const detector of DETECTORS) {
        if (!detector.mayContain(block.text)) continue;
        for (const match of detector.find(block.text)) {
          report({
            severity,
            message: detector.message(match.text),
            section: analysis.outline.sectionOfBlock[index],
            location: spanAt(snapshot, index, match.start, match.text.length),
            data: { kind: detector.kind },
          });
        }
      }
    });
  },
};
