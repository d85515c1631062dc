// The JSON Schema of a council profile, generated from the zod schema in src/core/profile/schema.ts so that the
// two cannot disagree. Admins point their profile's "$schema" at it and their editor completes and checks fields.
// Field descriptions come from the doc comments in schema.ts; the few fields it leaves uncommented are described
// here.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const ts = require("typescript");
const { z } = require("zod");

const SCHEMA_SOURCE = join(__dirname, "..", "..", "src", "core", "profile", "schema.ts");

const MORE_DESCRIPTIONS = {
  $schema: "Where your editor finds this schema, e.g. \"https://rod.example.gov.uk/profile.schema.json\". Ignored by ROD Author.",
  schemaVersion: "The version of this profile format. Always 1.",
  id: "A short name for the profile, saved in each document that uses it: lower-case letters, digits and hyphens.",
  name: "The council's name as the task pane's profile picker shows it.",
  jurisdiction: "\"england\" or \"wales\": which numbering of Schedule 12A (Part 1, paragraphs 1–7, or Part 4, paragraphs 12–18) exempt-information citations must use.",
  keyDecision: "When a decision is a key decision, and how officers answer the key-decision question.",
  "keyDecision.threshold": "The spending or saving, in pounds, above which a decision is key (e.g. 1000000 for £1m).",
  "keyDecision.no": "Words that answer the key-decision question with no, matched whole and case-insensitively.",
  "sections[].id": "Which section of a Record of Decision this is (one of the fixed section ids).",
  "sections[].mandatory": "The record must have this section: a missing one is reported (rule required-section).",
  placeholders: "What counts as an unfilled placeholder in the record.",
  exempt: "What suggests exempt or confidential information.",
};

/** Doc comments of the properties of each z.object({ … }) in schema.ts, by path ("keyDecision.threshold", "sections[].level"). */
function docComments(sourceText) {
  const source = ts.createSourceFile("schema.ts", sourceText, ts.ScriptTarget.Latest, true);
  const found = {};
  const objectLiteralOf = (node) => {
    let literal;
    const visit = (child) => {
      if (literal) return;
      const callee = ts.isCallExpression(child) ? child.expression : undefined;
      const isObject = callee && ts.isPropertyAccessExpression(callee) && callee.name.text === "object" && callee.expression.getText(source) === "z";
      if (isObject && ts.isObjectLiteralExpression(child.arguments[0])) {
        literal = child.arguments[0];
        return;
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    return literal;
  };
  const collect = (literal, prefix) => {
    for (const property of literal.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = property.name.getText(source).replace(/^["']|["']$/g, "");
      const path = prefix ? `${prefix}.${name}` : name;
      const comment = ts.getJSDocCommentsAndTags(property).map((doc) => ts.getTextOfJSDocComment(doc.comment)).filter(Boolean).join(" ");
      if (comment) found[path] = comment;
      // A property that is itself an object, or a list of one (sections is a list of SectionSchema, below).
      const nested = objectLiteralOf(property.initializer);
      if (nested) collect(nested, path);
    }
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const prefix = { ProfileSchema: "", SectionSchema: "sections[]" }[declaration.name.getText(source)];
      const literal = prefix !== undefined && declaration.initializer && objectLiteralOf(declaration.initializer);
      if (literal) collect(literal, prefix);
    }
  }
  return found;
}

/** The node of a generated schema at a path such as "keyDecision.threshold" or "sections[].level". */
function nodeAt(schema, path) {
  return path.split(".").reduce((node, key) => {
    if (!node) return undefined;
    const list = key.endsWith("[]");
    const property = node.properties?.[list ? key.slice(0, -2) : key];
    return list ? property?.items : property;
  }, schema);
}

/** Every field path of a generated schema, lists written "sections[].heading" (the rule ids under rules are values, not fields). */
function propertyPaths(schema, prefix = "") {
  return Object.entries(schema.properties ?? {}).flatMap(([key, node]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === "rules") return [path];
    const items = node.items?.properties ? propertyPaths(node.items, `${path}[]`) : [];
    return [path, ...propertyPaths(node, path), ...items];
  });
}

/** One property per rule, so an editor completes the rule ids and a misspelt one is flagged, as the add-in refuses it. */
function listRules(rulesNode, ruleMetas) {
  const level = rulesNode.additionalProperties;
  const { additionalProperties: _any, propertyNames: _names, ...rest } = rulesNode;
  const properties = {};
  // A rule split in several leaves one former id naming all of them.
  const former = new Map();
  for (const meta of ruleMetas) {
    properties[meta.id] = { ...level, description: `${meta.description} Default: ${meta.severity}.` };
    for (const old of meta.deprecatedIds ?? []) former.set(old, [...(former.get(old) ?? []), meta.id]);
  }
  for (const [old, ids] of former) {
    const named = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
    properties[old] = { ...level, description: `The former id of ${named}: sets ${ids.length === 1 ? "it" : "each of them"}, unless its own id is set too.` };
  }
  return { ...rest, properties, additionalProperties: false };
}

function profileJsonSchema(ProfileSchema, ruleMetas, sourceText = readFileSync(SCHEMA_SOURCE, "utf8")) {
  // "input": what an admin writes, so fields with a default are optional.
  const generated = z.toJSONSchema(ProfileSchema, { io: "input", target: "draft-2020-12" });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: "ROD Author council profile",
    description:
      "A council's own headings, key-decision threshold and wording for ROD Author. Host it as profile.json next to taskpane.html, or pass it to rod-check with --profile. See docs/PROFILES.md.",
    ...rest,
  };
  schema.properties.rules = listRules(schema.properties.rules, ruleMetas);
  const descriptions = { ...MORE_DESCRIPTIONS, ...docComments(sourceText) };
  for (const [path, description] of Object.entries(descriptions)) {
    const node = nodeAt(schema, path);
    if (!node) throw new Error(`The profile schema has no field ${path} to describe: update scripts/lib/profile-schema.cjs.`);
    node.description = description;
  }
  return schema;
}

/** The file's text, as committed to schemas/profile.schema.json. */
function profileJsonSchemaText(ProfileSchema, ruleMetas, sourceText) {
  return `${JSON.stringify(profileJsonSchema(ProfileSchema, ruleMetas, sourceText), null, 2)}\n`;
}

module.exports = { profileJsonSchema, profileJsonSchemaText, propertyPaths };
