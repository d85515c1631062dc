import type { z } from "zod";
import { ruleMetas } from "../rules/metadata";
import { patternProblem } from "./pattern-safety";
import { ProfileSchema, type Profile } from "./schema";

export interface ProfileIssue {
  /** Where the problem is, e.g. "keyDecision.threshold" or "sections[3].mandatory". */
  path: string;
  message: string;
}

export class ProfileError extends Error {
  constructor(readonly issues: ProfileIssue[]) {
    super(`The council profile is not valid:\n${issues.map((issue) => `- ${issue.path || "(the whole file)"}: ${issue.message}`).join("\n")}`);
    this.name = "ProfileError";
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

function describeType(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return "an object";
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/** Plain English for each kind of zod issue: what the field must be, and what it is. */
function plainMessage(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      const actual = valueAt(input, issue.path);
      if (actual === undefined) return `is required but missing (it must be ${EXPECTED[issue.expected] ?? issue.expected})`;
      if (issue.expected === "int" && typeof actual === "number") return `must be a whole number, but it is ${actual}`;
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${describeType(actual)}`;
    }
    case "invalid_union": {
      // A choice of fixed values (a heading level: 1, 2 or 3) reads as one list.
      const values = issue.errors.map((branch) => (branch.length === 1 && branch[0].code === "invalid_value" ? branch[0].values : undefined));
      if (values.every((value) => value !== undefined)) return `must be one of ${values.flat().map((value) => JSON.stringify(value)).join(", ")}`;
      return issue.message;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this profile format does not know: ${issue.keys.map((key) => `“${key}”`).join(", ")} (check the spelling)`;
    case "too_small":
      if (issue.origin === "array") return `must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}`;
      if (issue.origin === "string") return issue.message.startsWith("Too small") ? "must not be empty" : issue.message;
      return issue.message.startsWith("Too small") ? `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}` : issue.message;
    case "too_big":
      if (issue.origin === "string") return `must be at most ${String(issue.maximum)} characters`;
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** Validates a council profile. Throws a ProfileError whose message names each bad field by its path. */
export function parseProfile(json: unknown): Profile {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ProfileError([{ path: "", message: "a profile must be a JSON object ({ … })" }]);
  }
  const result = ProfileSchema.safeParse(json);
  if (!result.success) {
    throw new ProfileError(result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: plainMessage(issue, json) })));
  }
  const { $schema: _schema, ...profile } = result.data;
  const known = new Set(ruleMetas.flatMap((meta) => [meta.id, ...(meta.deprecatedIds ?? [])]));
  // The keys as written, not as parsed: a "__proto__" key sets the parsed object's prototype and is not one of its own keys.
  const unknownRules = Object.keys((json as { rules?: object }).rules ?? {}).filter((id) => !known.has(id));
  const bad: ProfileIssue[] = unknownRules.map((id) => ({
    path: `rules.${id}`,
    message: `is not a rule ROD Author has (check the spelling; the rules are ${ruleMetas.map((meta) => meta.id).join(", ")})`,
  }));
  const badPatterns = profile.placeholders.patterns.flatMap((source, index) => {
    const path = `placeholders.patterns[${index}]`;
    try {
      new RegExp(source, "i");
    } catch (error) {
      return [{ path, message: `is not a valid regular expression (${(error as Error).message})` }];
    }
    // Profile patterns run on RE2 (linear time): only what it cannot express (backreferences, lookarounds) is refused.
    const refused = patternProblem(source);
    return refused ? [{ path, message: refused }] : [];
  });
  bad.push(...badPatterns);
  if (bad.length > 0) throw new ProfileError(bad);
  return profile;
}
