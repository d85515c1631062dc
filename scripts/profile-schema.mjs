#!/usr/bin/env node
// Writes schemas/profile.schema.json from the zod schema of a council profile (src/core/profile/schema.ts) and
// the engine's rule ids.
// Run it after changing that schema; a test fails while the committed file is out of date.
//
//   npm run schema:profile
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { profileJsonSchemaText } = require("./lib/profile-schema.cjs");
// Compiled by `npm run build:node`, which the npm script runs first.
const { ProfileSchema } = require(join(repoRoot, "build", "core", "profile", "schema.js"));
const { ruleMetas } = require(join(repoRoot, "build", "core", "rules", "index.js"));

const target = join(repoRoot, "schemas", "profile.schema.json");
writeFileSync(target, profileJsonSchemaText(ProfileSchema, ruleMetas));
console.log(`Wrote ${target}`);
