/**
 * The published JSON Schema (schemas/profile.schema.json, shipped in dist/ as profile.schema.json) is generated from
 * the zod schema the add-in and rod-check validate with: it must be up to date, accept the built-in profiles and
 * the example council's, refuse what zod refuses, and every field it has must be explained in docs/PROFILES.md.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { ruleMetas } from "../../src/core";
import { ProfileSchema } from "../../src/core/profile/schema";
import { profileJsonSchemaText, propertyPaths, type JsonSchemaNode } from "../../scripts/lib/profile-schema.cjs";
import { FIXTURES, kentWith } from "./support/profiles";

const repo = resolve(__dirname, "..", "..");
const schemaPath = join(repo, "schemas", "profile.schema.json");
const committed = readFileSync(schemaPath, "utf8");
const schema = JSON.parse(committed) as JsonSchemaNode;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const profileFiles = [
  join(repo, "src", "core", "profile", "builtin", "kent.json"),
  join(repo, "src", "core", "profile", "builtin", "moderngov.json"),
  join(FIXTURES, "northdown.json"),
];

describe("schemas/profile.schema.json", () => {
  it("is what the zod schema generates now (if not, run `npm run schema:profile` and commit the result)", () => {
    expect(committed).toBe(profileJsonSchemaText(ProfileSchema, ruleMetas));
  });

  it.each(profileFiles.map((file) => [file.slice(repo.length + 1), file]))("accepts %s, which names it in \"$schema\"", (_name, file) => {
    const json = JSON.parse(readFileSync(file, "utf8")) as { $schema: string };
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(resolve(dirname(file), json.$schema)).toBe(schemaPath);
  });

  it.each<[string, (profile: Record<string, any>) => void, string]>([
    ["a threshold written as text", (p) => (p.keyDecision.threshold = "£1m"), "/keyDecision/threshold"],
    ["a misspelt field", (p) => (p.sections[1].gudance = "x"), "/sections/1"],
    ["an unknown section id", (p) => (p.sections[0].id = "decision-taker"), "/sections/0/id"],
    ["a heading level of 4", (p) => (p.sections[0].level = 4), "/sections/0/level"],
    ["an id with capitals", (p) => (p.id = "Kent"), "/id"],
    ["an unknown rule level", (p) => (p.rules = { "personal-data": "loud" }), "/rules/personal-data"],
    ["a misspelt rule id", (p) => (p.rules = { "personal-date": "off" }), "/rules"],
    ["a missing name", (p) => delete p.name, ""],
  ])("refuses %s, as the add-in does", (_case, edit, where) => {
    expect(validate(kentWith(edit))).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(where);
  });

  it("lets an admin leave out every field that has a default", () => {
    const minimal = kentWith((p) => {
      delete p.placeholders;
      delete p.exempt;
      delete p.rules;
      delete p.keyDecision.noticeDays;
      for (const section of p.sections) delete section.aliases;
    });
    expect(validate(minimal) ? [] : validate.errors).toEqual([]);
  });

  it("lists every rule id, with the rule's description, for completion in an admin's editor", () => {
    const rules = schema.properties?.rules?.properties ?? {};
    expect(Object.keys(rules)).toEqual([...ruleMetas.map((meta) => meta.id), "key-decision-threshold"]);
    expect(rules["key-decision-threshold"].description).toBe(
      "The former id of key-decision-contradiction, key-decision-unstated, key-decision-notice and key-decision-cap: sets each of them, unless its own id is set too.",
    );
    expect(rules["personal-data"].description).toBe(`${ruleMetas.find((meta) => meta.id === "personal-data")!.description} Default: error.`);
  });

  it("describes every field, for the hover text in an admin's editor", () => {
    const paths = propertyPaths(schema);
    expect(paths.length).toBeGreaterThan(25);
    const node = (path: string) =>
      path.split(".").reduce<JsonSchemaNode | undefined>((at, key) => (key.endsWith("[]") ? at?.properties?.[key.slice(0, -2)]?.items : at?.properties?.[key]), schema);
    expect(paths.filter((path) => !node(path)?.description)).toEqual([]);
  });

  it("has every field explained in docs/PROFILES.md", () => {
    const guide = readFileSync(join(repo, "docs", "PROFILES.md"), "utf8");
    expect(propertyPaths(schema).filter((path) => !guide.includes(`\`${path}\``))).toEqual([]);
  });
});
