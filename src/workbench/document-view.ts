import type { FakeWordDocument, ParagraphView } from "../fake-word";
import { errorMessage } from "../core/text/error-message";
import { caretOnEdgeLine, placeCaret, selectionIn, textEdit, type TextSpan } from "./caret";
import { layoutDocument, type ControlNode, type DocumentState, type LayoutNode, type ParagraphNode } from "./document-layout";

/**
 * The simulated document, drawn like Word's page and editable like it: every keystroke goes through the
 * document handle as the officer's own edit, so Word's paragraph events reach the pane as they would in Word.
 * Each paragraph is its own editable element; Enter, Backspace and Delete at a paragraph's edge split and join
 * paragraphs as Word does, and the arrow keys move between them. Comments show in the margin with their anchor
 * in the text, tracked deletions struck through and insertions underlined, and each content control can be
 * locked and unlocked from its label.
 */
export class DocumentView {
  private lastKey = "";
  private lastSelectionKey = "";
  private scheduled = false;
  private composing = false;
  /** Where the caret goes after the next render, when an edit moved it to another paragraph. */
  private pendingCaret: { index: number; offset: number } | undefined;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly doc: FakeWordDocument,
    /** Told when Word refuses an edit (a locked control), with Word's message. */
    private readonly onRefused: (message: string) => void = () => undefined,
  ) {
    this.cleanups.push(doc.subscribe(() => this.schedule()));
    this.listen(root, "beforeinput", (event) => this.beforeInput(event as InputEvent));
    this.listen(root, "input", (event) => this.input(event));
    this.listen(root, "keydown", (event) => this.keyDown(event as KeyboardEvent));
    this.listen(root, "compositionstart", () => (this.composing = true));
    this.listen(root, "compositionend", (event) => {
      this.composing = false;
      this.input(event);
    });
    this.listen(root, "focusout", (event) => {
      if (!root.contains((event as FocusEvent).relatedTarget as Node | null)) this.schedule();
    });
    this.listen(root.ownerDocument, "selectionchange", () => this.selectionChanged());
    this.render();
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.root.replaceChildren();
  }

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.render();
    });
  }

  // ---- drawing ---------------------------------------------------------------------------------------------

  private hasFocus(): boolean {
    return this.root.contains(this.root.ownerDocument.activeElement);
  }

  private state(): DocumentState {
    const doc = this.doc;
    const state: DocumentState = {
      paragraphs: doc.paragraphs(),
      controls: doc.contentControls(),
      comments: doc.comments(),
      annotations: doc.annotations(),
    };
    // While the officer types here, the browser's own caret is the selection; otherwise show Word's.
    if (!this.hasFocus()) state.selection = doc.selection();
    return state;
  }

  private render(): void {
    if (this.composing) return;
    const state = this.state();
    const key = JSON.stringify(state);
    if (key === this.lastKey && !this.pendingCaret) return;
    this.lastKey = key;

    const focused = this.focusedParagraph();
    const caret = focused && selectionIn(focused);
    const caretTarget = this.pendingCaret ?? (focused && caret ? { id: focused.dataset.id, span: caret } : undefined);
    this.pendingCaret = undefined;

    const active = state.selection ? state.selection.start.paragraph : Number(focused?.dataset.index ?? 0);
    this.root.replaceChildren(...layoutDocument(state).map((node) => this.draw(node, active)));
    // Comments sit in a margin on the right, as in Word's Print Layout.
    this.root.classList.toggle("has-comments", state.comments.length > 0);

    if (caretTarget) this.restoreCaret(caretTarget);
    this.revealSelection(state);
  }

  private draw(node: LayoutNode, active: number, locked = false): HTMLElement {
    return node.kind === "control" ? this.drawControl(node, active, locked) : this.drawParagraph(node, active, locked);
  }

  private drawControl(node: ControlNode, active: number, insideLocked: boolean): HTMLElement {
    const { control } = node;
    const locked = control.cannotEdit || control.cannotDelete;
    const box = element("div", { class: locked ? "control locked" : "control", "data-tag": control.tag });
    const label = element("div", { class: "control-label" });
    label.append(element("span", { class: "control-title" }, control.title || "Content control"), element("span", { class: "control-tag" }, control.tag));
    if (locked) label.append(element("span", { class: "control-lock" }, control.cannotEdit ? "Locked: contents cannot be edited" : "Locked: cannot be deleted"));
    const name = control.title || control.tag || "content control";
    const action = locked ? "Unlock" : "Lock";
    const toggle = element("button", { type: "button", class: "control-lock-button", "aria-label": `${action} ${name}` }, action);
    toggle.addEventListener("click", () => (locked ? this.doc.unlockControl(control.id) : this.doc.lockControl(control.id)));
    label.append(toggle);
    box.append(label, ...node.children.map((child) => this.draw(child, active, insideLocked || control.cannotEdit)));
    return box;
  }

  private drawParagraph(node: ParagraphNode, active: number, locked: boolean): HTMLElement {
    const { paragraph } = node;
    const row = element("div", {
      class: ["paragraph", paragraph.isListItem ? "list-item" : "", paragraph.tableNestingLevel > 0 ? "in-table" : "", paragraph.revision ?? ""]
        .filter(Boolean)
        .join(" "),
      "data-style": paragraph.styleBuiltIn,
    });
    row.append(element("span", { class: "style-name", "aria-hidden": "true" }, paragraph.style));

    const text = element("p", {
      class: `text style-${paragraph.styleBuiltIn}${paragraph.bold ? " bold" : ""}`,
      // Word refuses typing in a control whose contents cannot be edited.
      contenteditable: locked ? "false" : "plaintext-only",
      ...(locked ? { "aria-readonly": "true" } : {}),
      spellcheck: "false",
      "data-index": String(paragraph.index),
      "data-id": paragraph.id,
      // One tab stop for the whole document, as for a text area; the arrow keys move between paragraphs.
      tabindex: paragraph.index === active ? "0" : "-1",
      ...(node.placeholder ? { "data-placeholder": node.placeholder } : {}),
      ...(paragraph.revision ? { title: `${paragraph.revision === "inserted" ? "Inserted" : "Deleted"} with Track Changes on` } : {}),
    });
    for (const run of node.runs) {
      if (!run.selected && run.comments.length === 0 && !run.critique && run.kind === "text") {
        text.append(run.text);
        continue;
      }
      const span = element(run.kind === "deleted" ? "del" : run.kind === "inserted" ? "ins" : "span", {}, run.text);
      if (run.kind === "anchor") {
        // Word's \x05 for a comment: kept in the text (it is in Word's), drawn as a mark.
        span.classList.add("comment-anchor");
        span.title = "Comment anchor: Word reports this character in the paragraph's text";
        if (run.anchorOf) span.dataset.comment = run.anchorOf;
      }
      if (run.selected) {
        span.classList.add("selection");
        span.dataset.selection = "";
      }
      if (run.comments.length > 0) span.classList.add("commented");
      if (run.critique) {
        span.classList.add("critique", `critique-${run.critique.toLowerCase()}`);
        span.title = "Marked by ROD Author";
      }
      text.append(span);
    }
    row.append(text);

    for (const comment of node.comments) {
      // Named by what it comments on too: two comments by one author must not be two landmarks of the same name.
      const note = element("aside", { class: "comment", "aria-label": `Comment by ${comment.authorName} on “${comment.text}”`, "data-comment": comment.id });
      note.append(element("span", { class: "comment-author" }, comment.authorName), element("span", {}, comment.content));
      // Word refuses comment.delete() for some comments (office-js #6551, #6895): this one can be made to.
      const refuses = element("label", { class: "comment-refuses" });
      const box = element("input", { type: "checkbox" }) as HTMLInputElement;
      box.checked = comment.refusesDeletion;
      box.addEventListener("change", () => this.doc.setCommentRefusesDeletion(comment.id, box.checked));
      refuses.append(box, document.createTextNode("Word refuses to delete it"));
      note.append(refuses);
      row.append(note);
    }
    return row;
  }

  /** Brings Word's selection into view when the pane moved it (Go to), as Word scrolls to a selection. */
  private revealSelection(state: DocumentState): void {
    if (!state.selection) return;
    const key = JSON.stringify(state.selection);
    if (key === this.lastSelectionKey) return;
    this.lastSelectionKey = key;
    const target = this.root.querySelector("[data-selection]") ?? this.paragraphElement(state.selection.start.paragraph);
    target?.scrollIntoView({ block: "center" });
  }

  // ---- the caret -------------------------------------------------------------------------------------------

  private focusedParagraph(): HTMLElement | undefined {
    const active = this.root.ownerDocument.activeElement;
    return active instanceof HTMLElement && this.root.contains(active) && active.dataset.index !== undefined ? active : undefined;
  }

  private paragraphElement(index: number): HTMLElement | undefined {
    return this.root.querySelector<HTMLElement>(`p[data-index="${index}"]`) ?? undefined;
  }

  private restoreCaret(target: { index: number; offset: number } | { id: string | undefined; span: TextSpan }): void {
    const element =
      "index" in target ? this.paragraphElement(target.index) : this.root.querySelector<HTMLElement>(`p[data-id="${target.id}"]`);
    if (!element) return;
    placeCaret(element, "index" in target ? { start: target.offset, end: target.offset } : target.span);
  }

  /** Word's selection follows the officer's caret, so the pane sees where they are working. */
  private selectionChanged(): void {
    const focused = this.focusedParagraph();
    if (!focused || this.composing) return;
    const span = selectionIn(focused);
    if (!span) return;
    const index = Number(focused.dataset.index);
    const current = this.doc.selection();
    const start = Math.min(span.start, span.end);
    const length = Math.abs(span.end - span.start);
    const same =
      current.start.paragraph === index && current.end.paragraph === index && current.start.offset === start && current.end.offset === start + length;
    if (!same && index < this.doc.paragraphs().length) this.doc.select(index, start, length);
  }

  // ---- editing ---------------------------------------------------------------------------------------------

  private target(event: Event): { element: HTMLElement; paragraph: ParagraphView } | undefined {
    const element = (event.target as Element | null)?.closest?.<HTMLElement>("p[data-index]");
    if (!element || !this.root.contains(element)) return undefined;
    const paragraph = this.doc.paragraphs()[Number(element.dataset.index)];
    // A render is pending after an edit the page has not drawn yet: drop the event rather than edit blind.
    if (!paragraph || paragraph.id !== element.dataset.id) return undefined;
    return { element, paragraph };
  }

  /** Runs the officer's edit; when Word refuses it (a locked control), redraws the document as it is and says why. */
  private edit(change: () => void): void {
    try {
      change();
    } catch (error) {
      this.lastKey = "";
      this.schedule();
      this.onRefused(errorMessage(error));
    }
  }

  private input(event: Event): void {
    if (this.composing) return;
    const found = this.target(event);
    if (!found) return;
    const typed = (found.element.textContent ?? "").replace(/[\r\n\u2028\u2029]/g, " ");
    const edit = textEdit(found.paragraph.text, typed);
    if (edit.length === 0 && edit.text === "") return;
    this.edit(() => {
      this.doc.typeText(found.paragraph.index, edit.text, { replace: { start: edit.start, length: edit.length } });
      // With Track Changes on, typed text lands after the text it replaced: the caret follows Word's.
      const caret = this.doc.selection().end;
      this.pendingCaret = { index: caret.paragraph, offset: caret.offset };
    });
  }

  private beforeInput(event: InputEvent): void {
    const found = this.target(event);
    if (!found) return;
    const { element, paragraph } = found;
    const span = selectionIn(element) ?? { start: paragraph.text.length, end: paragraph.text.length };
    const start = Math.min(span.start, span.end);
    const end = Math.max(span.start, span.end);
    const collapsed = start === end;

    switch (event.inputType) {
      case "insertParagraph":
      case "insertLineBreak":
        // Enter is handled on keydown; a line break (Shift+Enter in Word) is not modelled by the simulated document.
        event.preventDefault();
        return;
      case "insertFromPaste":
      case "insertFromDrop":
      case "insertReplacementText": {
        const text = event.dataTransfer?.getData("text/plain") ?? event.data ?? "";
        const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
        if (lines.length > 1) {
          event.preventDefault();
          this.edit(() => this.replaceThenSplit(paragraph, start, end, lines));
        }
        return;
      }
      case "historyUndo":
      case "historyRedo":
        // The browser's undo would replay edits on elements that have since been redrawn.
        event.preventDefault();
        return;
      default:
        // Backspace at a paragraph's start and Delete at its end cross the paragraph mark, as in Word.
        if (collapsed && start === 0 && /^delete(?:Content|Word|SoftLine|HardLine)Backward$/.test(event.inputType)) {
          event.preventDefault();
          this.edit(() => this.joinWithPrevious(paragraph));
        } else if (collapsed && start === paragraph.text.length && /^delete(?:Content|Word|SoftLine|HardLine)Forward$/.test(event.inputType)) {
          event.preventDefault();
          this.edit(() => this.joinWithNext(paragraph));
        }
    }
  }

  /** Replaces the selected text with `lines`: the first joins the paragraph, each further one starts a new paragraph. */
  private replaceThenSplit(paragraph: ParagraphView, start: number, end: number, lines: string[]): void {
    let index = paragraph.index;
    let offset = start;
    const [first = "", ...rest] = lines;
    if (first !== "" || end > start) this.doc.typeText(index, first, { replace: { start, length: end - start } });
    offset += first.length;
    for (const line of rest) {
      this.doc.splitParagraph(index, offset);
      index += 1;
      if (line !== "") this.doc.typeText(index, line, { at: 0 });
      offset = line.length;
    }
    this.pendingCaret = { index, offset };
  }

  private sameControls(a: ParagraphView, b: ParagraphView): boolean {
    return a.tags.join("\u0000") === b.tags.join("\u0000");
  }

  /** Backspace at the start: an empty paragraph goes; otherwise it joins the one before, unless a control lies between. */
  private joinWithPrevious(paragraph: ParagraphView): void {
    const previous = this.doc.paragraphs()[paragraph.index - 1];
    if (!previous) return;
    if (paragraph.text === "") {
      this.doc.deleteParagraph(paragraph.index);
    } else {
      // Word does not merge text across a content control's edge.
      if (!this.sameControls(previous, paragraph)) return;
      this.doc.setParagraphText(previous.index, previous.text + paragraph.text);
      this.doc.deleteParagraph(paragraph.index);
    }
    this.pendingCaret = { index: previous.index, offset: previous.text.length };
  }

  /** Delete at the end: the next paragraph's text joins this one, unless a control lies between. */
  private joinWithNext(paragraph: ParagraphView): void {
    const next = this.doc.paragraphs()[paragraph.index + 1];
    if (!next) return;
    if (next.text !== "" && !this.sameControls(paragraph, next)) return;
    if (next.text !== "") this.doc.setParagraphText(paragraph.index, paragraph.text + next.text);
    this.doc.deleteParagraph(next.index);
    this.pendingCaret = { index: paragraph.index, offset: paragraph.text.length };
  }

  private keyDown(event: KeyboardEvent): void {
    const found = this.target(event);
    if (!found || event.altKey || event.metaKey || event.isComposing) return;
    const { element, paragraph } = found;
    const span = selectionIn(element);
    if (event.key === "Enter") {
      // Enter starts a new paragraph, as in Word; whether the browser reports it as a paragraph or a line break
      // differs between editing modes, so it is taken here, before either.
      event.preventDefault();
      if (!event.shiftKey && !event.ctrlKey) {
        const selected = span ?? { start: paragraph.text.length, end: paragraph.text.length };
        this.edit(() => this.replaceThenSplit(paragraph, Math.min(selected.start, selected.end), Math.max(selected.start, selected.end), ["", ""]));
      }
      return;
    }
    if (event.shiftKey) return;
    const collapsed = span !== undefined && span.start === span.end;
    const at = span?.start ?? 0;
    const count = this.doc.paragraphs().length;
    const move = (index: number, offset: "start" | "end") => {
      const target = this.paragraphElement(index);
      if (!target) return;
      event.preventDefault();
      const length = (target.textContent ?? "").length;
      placeCaret(target, offset === "start" ? { start: 0, end: 0 } : { start: length, end: length });
      target.scrollIntoView({ block: "nearest" });
    };
    if (event.ctrlKey) {
      if (event.key === "Home") move(0, "start");
      else if (event.key === "End") move(count - 1, "end");
      return;
    }
    switch (event.key) {
      case "ArrowUp":
        if (paragraph.index > 0 && caretOnEdgeLine(element, "first")) move(paragraph.index - 1, "end");
        break;
      case "ArrowDown":
        if (paragraph.index < count - 1 && caretOnEdgeLine(element, "last")) move(paragraph.index + 1, "start");
        break;
      case "ArrowLeft":
        if (collapsed && at === 0 && paragraph.index > 0) move(paragraph.index - 1, "end");
        break;
      case "ArrowRight":
        if (collapsed && at === paragraph.text.length && paragraph.index < count - 1) move(paragraph.index + 1, "start");
        break;
    }
  }
}

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text !== undefined) created.textContent = text;
  return created;
}
