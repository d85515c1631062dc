import { dateOrder } from "./date-order";
import { duplicateNumbering } from "./duplicate-numbering";
import { emptySection } from "./empty-section";
import { headingStyle } from "./heading-style";
import { exemptCitationForm } from "./exempt-citation-form";
import { exemptInformation } from "./exempt-information";
import { interestDispensation } from "./interest-dispensation";
import { keyDecisionAnswer } from "./key-decision-answer";
import { keyDecisionCap } from "./key-decision-cap";
import { keyDecisionContradiction } from "./key-decision-contradiction";
import { keyDecisionNotice } from "./key-decision-notice";
import { keyDecisionUnstated } from "./key-decision-unstated";
import { malformedAmount } from "./malformed-amount";
import { personalData } from "./personal-data";
import { placeholderText } from "./placeholder-text";
import { requiredSection } from "./required-section";
import { ruleMetas } from "./metadata";
import type { Rule, RuleMeta } from "./types";

/** Every rule, in the order findings are listed within a severity. */
export const rules: readonly Rule[] = [
  requiredSection,
  emptySection,
  keyDecisionAnswer,
  keyDecisionContradiction,
  keyDecisionUnstated,
  keyDecisionNotice,
  keyDecisionCap,
  malformedAmount,
  exemptInformation,
  exemptCitationForm,
  personalData,
  interestDispensation,
  dateOrder,
  duplicateNumbering,
  placeholderText,
  headingStyle,
];

export { ruleMetas };

/** The rules an id names: the rule with that id, or every rule that once had it (a rule split in several). */
export function ruleMetasFor(id: string): RuleMeta[] {
  const current = ruleMetas.filter((meta) => meta.id === id);
  return current.length > 0 ? current : ruleMetas.filter((meta) => meta.deprecatedIds?.includes(id));
}
