import { spanAt } from "./location";
import type { Rule } from "./types";

interface Detector {
  kind: string;
  pattern: RegExp;
  message: (text: string) => string;
  ignore?: (text: string) => boolean;
}

const ROLE_MAILBOX = /^(?:democratic|democracy|democraticservices|committee|committees|info|enquiries|contactus|contact|foi|dpo|dataprotection|data\.protection)[._-]?/i;

const DETECTORS: Detector[] = [
  {
    kind: "email",
    pattern: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\b/g,
    message: (text) => `The e-mail address “${text}” will be published with the record. Remove it unless it is a shared council mailbox.`,
    ignore: (text) => ROLE_MAILBOX.test(text.split("@")[0]),
  },
  {
    kind: "phone",
    pattern: /(?<![\w£.,])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){8,9}(?![\d])/g,
    message: (text) => `The telephone number “${text}” will be published with the record. Remove it unless it is a public council number.`,
  },
  {
    kind: "national-insurance-number",
    pattern: /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g,
    message: (text) => `“${text}” looks like a National Insurance number. It must not appear in the public record.`,
  },
  {
    kind: "date-of-birth",
    pattern: /\b(?:date of birth|d\.o\.b\.?|dob|born on)\b[\s:]{0,3}(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/gi,
    message: (text) => `“${text.trim()}” gives someone's date of birth. It must not appear in the public record.`,
  },
];

export const personalData: Rule = {
  meta: {
    id: "personal-data",
    description: "Personal data (e-mail addresses, phone numbers, National Insurance numbers, dates of birth) in the public text.",
    severity: "warning",
    fixable: false,
    why: "Information about an individual, or that identifies one, is exempt under paragraphs 1 and 2 of Part 1 of Schedule 12A; the published record must not carry it (UK GDPR applies too).",
  },
  check({ snapshot, analysis, report }) {
    if (analysis.publication.status === "exempt") return;
    snapshot.blocks.forEach((block, index) => {
      if (!/[@\d]/.test(block.text)) return;
      for (const detector of DETECTORS) {
        detector.pattern.lastIndex = 0;
        for (let match = detector.pattern.exec(block.text); match; match = detector.pattern.exec(block.text)) {
          if (detector.ignore?.(match[0])) continue;
          report({
            message: detector.message(match[0]),
            section: analysis.outline.sectionOfBlock[index],
            location: spanAt(snapshot, index, match.index, match[0].length),
            data: { kind: detector.kind },
          });
        }
      }
    });
  },
};
