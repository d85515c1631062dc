import { dateOrder } from "./date-order";
import { duplicateNumbering } from "./duplicate-numbering";
import { emptySection } from "./empty-section";
import { headingStyle } from "./heading-style";
import { exemptCitationForm } from "./exempt-citation-form";
import { exemptInformation } from "./exempt-information";
import { interestDispensation } from "./interest-dispensation";
import { keyDecisionAnswer } from "./key-decision-answer";
import { keyDecisionThreshold } from "./key-decision-threshold";
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
  keyDecisionThreshold,
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

/** Looks a rule up by its id, or by an id it used to have. */
export function getRuleMeta(id: string): RuleMeta | undefined {
  return ruleMetas.find((meta) => meta.id === id || meta.deprecatedIds?.includes(id));
}
