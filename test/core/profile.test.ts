import kentJson from "../../src/core/profile/builtin/kent.json";
import moderngovJson from "../../src/core/profile/builtin/moderngov.json";
import { builtInProfiles, checkDocument, parseProfile, ProfileError, snapshotFromText } from "../../src/core";
import { normalisePhrase } from "../../src/core/text/heading-tokens";
import { kentRecord } from "../support/records";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("built-in profiles", () => {
  test.each([
    ["kent", kentJson],
    ["moderngov", moderngovJson],
  ])("%s is valid and already complete: parsing it changes nothing", (id, json) => {
    const { $schema: _schema, ...profile } = json as Record<string, unknown>;
    expect(parseProfile(json)).toEqual(profile);
    expect(builtInProfiles[id]).toEqual(profile);
  });

  test("Kent: £1,000,000 in excess of, and the mandatory sections the law and the template need", () => {
    const kent = builtInProfiles.kent;
    expect(kent.keyDecision).toMatchObject({ threshold: 1_000_000, comparator: "in-excess-of", noticeDays: 28 });
    expect(kent.sections.filter((section) => section.mandatory).map((section) => section.id)).toEqual([
      "decision-maker",
      "key-decision",
      "key-decision-criteria",
      "title",
      "decision",
      "reasons",
      "alternatives",
      "interests",
      "signature",
    ]);
    expect(kent.sections.filter((section) => section.statutory).map((section) => section.id)).toEqual(["decision", "reasons", "alternatives", "interests"]);
  });

  test.each(Object.values(builtInProfiles).map((profile) => [profile.id, profile] as const))("%s: no two sections share a heading or alias", (_id, profile) => {
    const seen = new Map<string, string>();
    for (const section of profile.sections) {
      for (const phrase of [section.heading, ...section.aliases]) {
        const key = normalisePhrase(phrase);
        expect([key, seen.get(key) ?? section.id]).toEqual([key, section.id]);
        seen.set(key, section.id);
      }
    }
  });

  test("nothing is Kent-specific: the same spend is key under modern.gov's £500,000 and not under Kent's £1m", () => {
    const doc = kentRecord({ decision: ["## Decision:", "I agree to spend £600,000 on the depot."] });
    const ids = (profile: (typeof builtInProfiles)[string]) => checkDocument(snapshotFromText(doc), profile).findings.map((finding) => finding.ruleId);
    expect(ids(builtInProfiles.kent)).not.toContain("key-decision-contradiction");
    expect(checkDocument(snapshotFromText(doc.replace("Key decision: NO", "Is Key decision?: No")), builtInProfiles.moderngov).findings.map((f) => f.ruleId)).toContain("key-decision-contradiction");
  });
});

describe("parseProfile names each bad field by its path, in plain English", () => {
  const attempt = (mutate: (profile: Record<string, any>) => void): string => {
    const profile = clone(kentJson) as Record<string, any>;
    mutate(profile);
    try {
      parseProfile(profile);
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileError);
      return (error as Error).message;
    }
    throw new Error("expected the profile to be refused");
  };

  test.each<[string, (profile: Record<string, any>) => void, string]>([
    ["a threshold written as text", (p) => (p.keyDecision.threshold = "£1m"), "- keyDecision.threshold: must be a number, but it is text"],
    ["a negative threshold", (p) => (p.keyDecision.threshold = -5), "- keyDecision.threshold: must be more than 0"],
    ["an unknown comparator", (p) => (p.keyDecision.comparator = "over"), '- keyDecision.comparator: must be one of "in-excess-of", "at-least"'],
    ["mandatory as a word", (p) => (p.sections[3].mandatory = "yes"), "- sections[3].mandatory: must be true or false, but it is text"],
    ["an unknown section id", (p) => (p.sections[0].id = "decision-taker"), '- sections[0].id: must be one of "decision-maker", "decision-number"'],
    ["a misspelt field", (p) => (p.sections[1].gudance = "x"), "- sections[1]: has a field this profile format does not know: “gudance” (check the spelling)"],
    ["a missing heading", (p) => delete p.sections[2].heading, "- sections[2].heading: is required but missing (it must be text)"],
    ["an empty heading", (p) => (p.sections[2].heading = "  "), "- sections[2].heading: must not be empty"],
    ["a repeated section", (p) => (p.sections[1].id = "decision-maker"), '- sections[1].id: repeats section "decision-maker"; each section may appear once'],
    ["no sections", (p) => (p.sections = []), "- sections: must list at least 1 item"],
    ["a bad id", (p) => (p.id = "Kent County"), "- id: must be lower-case letters, digits and hyphens, starting with a letter (at most 40)"],
    ["a wrong schema version", (p) => (p.schemaVersion = 2), "- schemaVersion: must be 1"],
    ["an unknown jurisdiction", (p) => (p.jurisdiction = "scotland"), '- jurisdiction: must be one of "england", "wales"'],
    ["a bad rule level", (p) => (p.rules = { "personal-data": "loud" }), '- rules.personal-data: must be one of "error", "warning", "info", "off"'],
    ["an invalid pattern", (p) => (p.placeholders.patterns = ["(unclosed"]), "- placeholders.patterns[0]: is not a valid regular expression"],
  ])("%s", (_name, mutate, expected) => {
    const message = attempt(mutate);
    expect(message.startsWith("The council profile is not valid:\n")).toBe(true);
    expect(message).toContain(expected);
  });

  test("every problem is listed, not only the first", () => {
    const message = attempt((p) => {
      p.keyDecision.threshold = "lots";
      p.sections[0].mandatory = 1;
    });
    expect(message.split("\n").filter((line) => line.startsWith("- "))).toHaveLength(2);
  });

  test("something that is not an object", () => {
    expect(() => parseProfile([1, 2])).toThrow("The council profile is not valid:\n- (the whole file): a profile must be a JSON object ({ … })");
  });

  test("the issues are available as data too", () => {
    try {
      parseProfile({ ...clone(kentJson), name: 42 });
    } catch (error) {
      expect((error as ProfileError).issues).toEqual([{ path: "name", message: "must be text, but it is a number" }]);
    }
  });

  test("a rule turned off is not run, and a level override applies", () => {
    const quiet = parseProfile({ ...clone(kentJson), rules: { "date-order": "off", "duplicate-numbering": "error" } });
    const doc = kentRecord({ reasons: ["## Reason(s) for decision:", "1.3 From 3 May 2024 to 1 May 2024.", "1.3 Again."] });
    const findings = checkDocument(snapshotFromText(doc), quiet).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([["duplicate-numbering", "error"]]);
  });
});
