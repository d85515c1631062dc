import type { Block } from "../core/document";
import type { Profile } from "../core/profile/schema";
import type { SectionId } from "../core/sections";
import type { InsertionAnchor, InsertionPlan, TemplateSection } from "../core/template-types";
import { queueSnapshot, type ReadFeatures } from "./read-snapshot";

export interface InsertionOutcome {
  plan: InsertionPlan;
  /** Track Changes was on, so the insertion shows as revisions. */
  tracked: boolean;
  /** Why nothing was inserted: a section belongs inside a content control that refuses edits. */
  refused?: string;
}

/**
 * Inserts the sections the document lacks (or only `only`), each at its template position: read (one sync),
 * plan with the engine, write everything (one more sync). Existing paragraphs are never deleted or moved.
 */
export async function insertMissingSections(
  context: Word.RequestContext,
  profile: Profile,
  options: { readTracking: boolean; only?: SectionId; features?: ReadFeatures | undefined },
): Promise<InsertionOutcome> {
  const pending = queueSnapshot(context, { reviewedText: false, ...options.features, locks: true });
  if (options.readTracking) context.document.load("changeTrackingMode");
  await context.sync();
  const { snapshot } = pending.read();
  const tracked = options.readTracking && context.document.changeTrackingMode !== "Off";
  // Loaded on demand so the engine stays out of the task pane's first download.
  const { planInsertion } = await import("../core/template");
  const plan = planInsertion(snapshot, profile, options.only);
  if (plan.steps.length === 0) return { plan, tracked };
  const refused = lockedPlace(plan, snapshot.blocks, pending.locked);
  if (refused) return { plan, tracked, refused };
  queueInsertionPlan(context, pending.paragraphs.items, snapshot.blocks, plan);
  await context.sync();
  return { plan, tracked };
}

type Cursor = Word.Paragraph | Word.ContentControl;

/**
 * Queues the whole plan without a sync. Steps sharing an anchor chain one after another (each after the previous
 * step's body control), so they land in template order. An empty document's first paragraph becomes the title.
 */
function queueInsertionPlan(context: Word.RequestContext, paragraphs: Word.Paragraph[], blocks: Block[], plan: InsertionPlan): void {
  const cursors = new Map<string, Cursor>();
  let titleCursor: Word.Paragraph | undefined;
  const first = paragraphs[0];
  if (plan.emptyDocument && plan.title !== undefined && first) {
    // Keep whatever whitespace the empty paragraph holds: the title goes in front of it.
    first.insertText(plan.title, "Start");
    first.styleBuiltIn = "Title";
    titleCursor = first;
  }
  for (const step of plan.steps) {
    const key = titleCursor ? "title" : anchorKey(step.anchor);
    const cursor = cursors.get(key) ?? titleCursor;
    const heading = cursor
      ? cursor.insertParagraph(step.content.heading, "After")
      : insertAtAnchor(context, paragraphs, blocks, step.anchor, step.content.heading);
    cursors.set(key, queueSection(heading, step.content));
  }
}

/** Whether a paragraph inserted before `index` goes inside that paragraph's content control (not beside it). */
function insideControl(blocks: Block[], index: number): boolean {
  const block = blocks[index];
  return block?.tag !== undefined && blocks[index - 1]?.tag === block.tag;
}

/**
 * Word refuses any edit inside a control locked against editing, and a refused batch can leave part of it done;
 * so the plan is checked first and nothing is written when a section belongs inside such a control.
 */
function lockedPlace(plan: InsertionPlan, blocks: Block[], locked: (index: number) => boolean): string | undefined {
  for (const step of plan.steps) {
    if (step.anchor.kind !== "before") continue;
    const index = step.anchor.block;
    if (!locked(index) || !insideControl(blocks, index)) continue;
    const where = blocks[index]?.tag ? ` (tagged “${blocks[index]?.tag}”)` : "";
    return `The ${step.content.heading.replace(/:$/, "")} section belongs inside a locked content control${where}, which Word does not allow to be changed, so nothing was inserted. Unlock the control, or add the section by hand.`;
  }
  return undefined;
}

function anchorKey(anchor: InsertionAnchor): string {
  return anchor.kind === "end" ? "end" : `${anchor.kind}:${anchor.block}`;
}

/** Next to a paragraph, or beside its content control when the paragraph starts or ends one, never inside it. */
function insertAtAnchor(context: Word.RequestContext, paragraphs: Word.Paragraph[], blocks: Block[], anchor: InsertionAnchor, text: string): Word.Paragraph {
  if (anchor.kind === "end") return context.document.body.insertParagraph(text, "End");
  const index = anchor.block;
  const where = anchor.kind === "before" ? "Before" : "After";
  const paragraph = paragraphs[index];
  const block = blocks[index];
  if (!paragraph || !block) throw new Error(`The insertion plan points at paragraph ${index}, which the document does not have.`);
  const neighbour = blocks[where === "Before" ? index - 1 : index + 1];
  const atControlEdge = block.tag !== undefined && neighbour?.tag !== block.tag;
  return atControlEdge ? paragraph.parentContentControl.insertParagraph(text, where) : paragraph.insertParagraph(text, where);
}

/** Styles the heading, then puts the body paragraphs after it inside a rich-text control tagged rod:<section>. */
function queueSection(heading: Word.Paragraph, content: TemplateSection): Word.ContentControl {
  // An inserted paragraph copies its neighbour's formatting, so every style is set explicitly.
  heading.styleBuiltIn = content.headingStyle;
  let previous = heading;
  const texts = content.body.length > 0 ? content.body : [""];
  const body = texts.map((text) => {
    previous = previous.insertParagraph(text, "After");
    previous.styleBuiltIn = "Normal";
    previous.font.bold = false;
    return previous;
  });
  const first = body[0] as Word.Paragraph;
  const last = body[body.length - 1] as Word.Paragraph;
  const range = first === last ? first.getRange("Whole") : first.getRange("Whole").expandTo(last.getRange("Whole"));
  const control = range.insertContentControl();
  control.tag = content.tag;
  control.title = content.title;
  control.appearance = "BoundingBox";
  if (content.placeholder) control.placeholderText = texts.join(" ");
  return control;
}
