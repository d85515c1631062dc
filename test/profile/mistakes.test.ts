/**
 * Each kind of mistake an admin can make in a profile gets a message that names the field and says what is
 * wrong in plain words (test/core/profile.test.ts covers the first dozen; these are the rest).
 */
import { parseProfile, ProfileError } from "../../src/core";
import { kentWith } from "./support/profiles";

function refusal(profile: unknown): ProfileError {
  try {
    parseProfile(profile);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error("expected the profile to be refused");
}

describe("a profile mistake gives a readable message naming the field", () => {
  it.each<[string, (profile: Record<string, any>) => void, string]>([
    ["notice days with a fraction", (p) => (p.keyDecision.noticeDays = 28.5), "keyDecision.noticeDays: must be a whole number, but it is 28.5"],
    ["notice days out of range", (p) => (p.keyDecision.noticeDays = 400), "keyDecision.noticeDays: must be at most 365"],
    ["a threshold of nothing", (p) => (p.keyDecision.threshold = 0), "keyDecision.threshold: must be more than 0"],
    ["no words for yes", (p) => (p.keyDecision.yes = []), "keyDecision.yes: must list at least 1 item"],
    ["a council name that is too long", (p) => (p.name = "x".repeat(121)), "name: must be at most 120 characters"],
    ["an unknown top-level field", (p) => (p.colour = "red"), "(the whole file): has a field this profile format does not know: “colour” (check the spelling)"],
    ["an unknown field in keyDecision", (p) => (p.keyDecision.treshold = 5), "keyDecision: has a field this profile format does not know: “treshold” (check the spelling)"],
    ["a heading level of 4", (p) => (p.sections[0].level = 4), "sections[0].level: must be one of 1, 2, 3"],
    ["an empty boilerplate paragraph", (p) => (p.sections[1].boilerplate = [" "]), "sections[1].boilerplate[0]: must not be empty"],
    ["$schema that is not text", (p) => (p.$schema = 5), "$schema: must be text, but it is a number"],
    ["patterns as one string", (p) => (p.placeholders.patterns = "TBC"), "placeholders.patterns: must be a list, but it is text"],
    ["placeholders set to null", (p) => (p.placeholders = null), "placeholders: must be an object, but it is empty (null)"],
    ["rules as a list", (p) => (p.rules = ["personal-data"]), "rules: must be an object, but it is a list"],
    ["sections as an object", (p) => (p.sections = {}), "sections: must be a list, but it is an object"],
    ["no keyDecision at all", (p) => delete p.keyDecision, "keyDecision: is required but missing (it must be an object)"],
    ["no threshold", (p) => delete p.keyDecision.threshold, "keyDecision.threshold: is required but missing (it must be a number)"],
    ["a misspelt rule id", (p) => (p.rules = { "personal-date": "off" }), "rules.personal-date: is not a rule ROD Author has (check the spelling; the rules are required-section, empty-section"],
    ["a pattern that does not compile", (p) => (p.placeholders.patterns = ["[TBC"]), "placeholders.patterns[0]: is not a valid regular expression"],
    ["a pattern with a lookahead", (p) => (p.placeholders.patterns = ["TBC(?!\\w)"]), "placeholders.patterns[0]: uses a lookahead or lookbehind"],
    ["a pattern with a repeat of more than 1,000", (p) => (p.placeholders.patterns = ["X{1001}"]), "placeholders.patterns[0]: repeats something more than 1,000 times in all"],
    ["a pattern with a backreference", (p) => (p.placeholders.patterns = ["(X)\\1"]), "placeholders.patterns[0]: uses a backreference"],
  ])("%s", (_case, edit, expected) => {
    const error = refusal(kentWith(edit));
    expect(error.message).toMatch(/^The council profile is not valid:\n- /);
    expect(error.message).toContain(`- ${expected}`);
    expect(error.issues).toHaveLength(1);
  });

  it("every rule id the engine has is accepted", () => {
    const ids = ["required-section", "empty-section", "key-decision-answer", "key-decision-threshold", "key-decision-contradiction", "key-decision-unstated", "key-decision-notice", "key-decision-cap", "malformed-amount", "exempt-information", "exempt-citation-form", "personal-data", "interest-dispensation", "date-order", "duplicate-numbering", "placeholder-text"];
    const profile = parseProfile(kentWith((p) => (p.rules = Object.fromEntries(ids.map((id) => [id, "info"])))));
    expect(Object.keys(profile.rules)).toEqual(ids);
  });

  it("lists schema mistakes before anything else is checked, then every bad pattern and rule together", () => {
    expect(refusal(kentWith((p) => ((p.name = ""), (p.placeholders.patterns = ["(a)\\1"])))).issues.map((issue) => issue.path)).toEqual(["name"]);
    const later = refusal(kentWith((p) => ((p.rules = { nope: "off" }), (p.placeholders.patterns = ["(a)\\1", "ok"]))));
    expect(later.issues.map((issue) => issue.path)).toEqual(["rules.nope", "placeholders.patterns[0]"]);
  });
});
