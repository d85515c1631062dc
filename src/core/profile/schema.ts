import { z } from "zod";
import { SECTION_IDS } from "../sections";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

const SectionSchema = z
  .object({
    id: z.enum(SECTION_IDS),
    /** The heading the template inserts, in the council's own words. */
    heading: text(200),
    /** Other headings that count as this section (other councils, older templates). */
    aliases: z.array(text(200)).default([]),
    mandatory: z.boolean(),
    /** The law requires real content here: an empty body, "N/A" or leftover guidance is reported. */
    statutory: z.boolean().default(false),
    /** Word heading level of the inserted heading. */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    /** Guidance shown as the body placeholder when the template is inserted. */
    guidance: text(1000),
    /** Fixed paragraphs inserted instead of guidance (e.g. the key-decision criteria). */
    boilerplate: z.array(text(2000)).optional(),
    /**
     * Key terms that recognise the section by meaning in a heading-like line, whatever words surround them:
     * every group must be present, any one word of a group will do, and a word matches any word it begins
     * ("consider" matches "considered"). Absent: only the heading and aliases are recognised.
     */
    terms: z.array(z.array(text(40)).min(1, "must list at least one word").max(20)).min(1).max(6).optional(),
  })
  .strict();


const RULE_LEVEL = z.enum(["error", "warning", "info", "off"]);

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, "must be lower-case letters, digits and hyphens, starting with a letter (at most 40)"),
    name: text(120),
    jurisdiction: z.enum(["england", "wales"]),
    /** First line of the template, e.g. "KENT COUNTY COUNCIL – RECORD OF DECISION". */
    documentTitle: text(200),
    keyDecision: z
      .object({
        threshold: z.number().positive("must be more than 0").finite(),
        /** "in-excess-of": exactly the threshold is not over it; "at-least": it is. */
        comparator: z.enum(["in-excess-of", "at-least"]),
        /** Days of notice a key decision needs before it is taken (reg 9: 28 clear days). */
        noticeDays: z.number().int().min(0).max(365).default(28),
        /** Words that answer the key-decision question, matched whole and case-insensitively. */
        yes: z.array(text(40)).min(1).default(["yes", "key", "key decision"]),
        no: z.array(text(40)).min(1).default(["no", "non-key", "non key", "not a key decision", "not key"]),
      })
      .strict(),
    /** Template order: the order sections are inserted and expected in. */
    sections: z
      .array(SectionSchema)
      .min(1, "must list at least one section")
      .superRefine((sections, ctx) => {
        const seen = new Set<string>();
        sections.forEach((section, index) => {
          if (seen.has(section.id)) {
            ctx.addIssue({ code: "custom", path: [index, "id"], message: `repeats section "${section.id}"; each section may appear once` });
          }
          seen.add(section.id);
        });
      }),
    placeholders: z
      .object({
        /** Literal phrases that mean unfilled guidance, matched case-insensitively. */
        phrases: z.array(text(300)).default([]),
        /** Regular expressions (JavaScript syntax, no flags) for placeholders; run in linear time on RE2, which cannot run backreferences or lookarounds. */
        patterns: z.array(text(300)).default([]),
      })
      .strict()
      .default({ phrases: [], patterns: [] }),
    exempt: z
      .object({
        /** Phrases that suggest exempt or confidential content in a record marked for publication. */
        phrases: z.array(text(200)).default([]),
      })
      .strict()
      .default({ phrases: [] }),
    /** How pages that are not the template are read: page furniture, headingless decisions, decision-makers in header lines. */
    recognition: z
      .object({
        /** Lines that start with one of these are page furniture ("Publication date", "Effective from"): a section's body ends there. */
        furniture: z.array(text(80)).default([]),
        /** Words that open a decision written with no heading ("RESOLVED", "I agree", "That Cabinet"). */
        decisionOpenings: z.array(text(80)).default([]),
        /** Words that open a header or attendance line naming the decision-maker ("Delegated decision by", "Present:"). */
        decisionMakerLines: z.array(text(80)).default([]),
      })
      .strict()
      .default({ furniture: [], decisionOpenings: [], decisionMakerLines: [] }),
    /** Per-rule severity overrides, or "off". */
    rules: z.record(z.string(), RULE_LEVEL).default({}),
  })
  .strict();

export type Profile = z.output<typeof ProfileSchema>;
export type RuleLevel = z.output<typeof RULE_LEVEL>;
