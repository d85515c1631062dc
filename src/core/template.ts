import type { Block, DocSnapshot } from "./document";
import { buildOutline, occurrencesOf } from "./outline";
import type { Profile } from "./profile/schema";
import type { SectionId } from "./sections";
import type { InsertionAnchor, InsertionPlan, InsertionStep, Template, TemplateSection } from "./template-types";

const HEADING_STYLE = { 1: "Heading1", 2: "Heading2", 3: "Heading3" } as const;

/** The council's ROD template: every section in template order, each body in a tagged content control. */
export function buildTemplate(profile: Profile): Template {
  return {
    title: profile.documentTitle,
    sections: profile.sections.map(
      (section): TemplateSection => ({
        section: section.id,
        heading: section.heading,
        headingStyle: HEADING_STYLE[section.level],
        tag: `rod:${section.id}`,
        title: section.heading.replace(/[:.]\s*$/, ""),
        body: section.boilerplate ?? [section.guidance],
        placeholder: section.boilerplate === undefined,
      }),
    ),
  };
}

/**
 * Which sections the document lacks and where each goes. A missing section goes straight after the
 * section before it in template order (that is, before the next recognised section in the document), or
 * before the first section it precedes, or at the end. Nothing existing moves.
 */
export function planInsertion(snapshot: DocSnapshot, profile: Profile, only?: SectionId): InsertionPlan {
  const template = buildTemplate(profile);
  const emptyDocument = snapshot.blocks.every((block) => block.text.trim() === "");
  if (emptyDocument) {
    const sections = only ? template.sections.filter((section) => section.section === only) : template.sections;
    return {
      emptyDocument: true,
      title: template.title,
      missing: sections.map((section) => section.section),
      steps: sections.map((content) => ({ section: content.section, anchor: { kind: "end" }, content })),
    };
  }

  // The template inserts headings: a section inferred from a page with no heading for it still gets its heading.
  const full = buildOutline(snapshot, profile);
  const outline = { ...full, occurrences: full.occurrences.filter((occurrence) => occurrence.via !== "inferred") };
  const present = template.sections.filter((section) => occurrencesOf(outline, section.section).length > 0);
  const starts = outline.occurrences.map((occurrence) => occurrence.headingBlock);
  const steps: InsertionStep[] = [];

  template.sections.forEach((content, index) => {
    if (occurrencesOf(outline, content.section).length > 0) return;
    if (only && content.section !== only) return;
    const previous = [...template.sections.slice(0, index)].reverse().find((section) => present.includes(section));
    const next = template.sections.slice(index + 1).find((section) => present.includes(section));
    const step: InsertionStep = { section: content.section, anchor: anchorFor(), content };
    if (previous) step.after = previous.section;
    steps.push(step);

    function anchorFor(): InsertionAnchor {
      if (previous) {
        const last = occurrencesOf(outline, previous.section).at(-1)!;
        const nextStart = starts.find((start) => start > last.headingBlock);
        return nextStart === undefined ? { kind: "end" } : { kind: "before", block: nextStart };
      }
      if (next) return { kind: "before", block: occurrencesOf(outline, next.section)[0].headingBlock };
      return { kind: "end" };
    }
  });

  return { emptyDocument: false, missing: steps.map((step) => step.section), steps };
}

/** The blocks a template section becomes: its heading, then its body inside the tagged content control. */
function sectionBlocks(content: TemplateSection): Block[] {
  const level = Number(content.headingStyle.slice(-1));
  return [
    { text: content.heading, style: content.headingStyle, outlineLevel: level },
    ...content.body.map((text): Block => ({ text, style: "Normal", tag: content.tag })),
  ];
}

/** Applies a plan to a snapshot as the Word layer applies it to a document: a pure model for tests and previews. */
export function applyInsertionPlan(snapshot: DocSnapshot, plan: InsertionPlan): DocSnapshot {
  const before = new Map<number, Block[]>();
  const atEnd: Block[] = [];
  if (plan.title !== undefined) atEnd.push({ text: plan.title, style: "Title", outlineLevel: 1 });
  for (const step of plan.steps) {
    const blocks = sectionBlocks(step.content);
    if (step.anchor.kind === "end") atEnd.push(...blocks);
    else before.set(step.anchor.block, [...(before.get(step.anchor.block) ?? []), ...blocks]);
  }
  const blocks: Block[] = [];
  snapshot.blocks.forEach((block, index) => {
    blocks.push(...(before.get(index) ?? []), block);
  });
  return { blocks: [...blocks, ...atEnd] };
}
