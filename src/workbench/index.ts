import { createFakeOffice, DARK_THEME, LIGHT_THEME, type FakeOffice } from "../fake-word";
import { errorMessage } from "../core/text/error-message";
import type { WorkbenchWindow } from "./bridge";
import { builtInDocument, builtInDocuments, DEFAULT_DOCUMENT_ID, type WorkbenchDocument } from "./documents";
import { DocumentView } from "./document-view";
import { openFile } from "./open-file";
import { DEFAULT_WORD_VERSION, WORD_VERSIONS, wordVersion, type WordVersion } from "./word-versions";

/**
 * The workbench page: a simulated Word document (the Word fake the tests use) drawn on the left, the real task
 * pane in a frame on the right, talking to that same simulated Word. The address keeps what is open:
 * ?doc=<built-in document>&word=<version>&theme=dark.
 */

function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The workbench page has no element with id "${id}".`);
  return found as T;
}

const picker = byId<HTMLSelectElement>("document-picker");
const fileInput = byId<HTMLInputElement>("open-file");
const versionPicker = byId<HTMLSelectElement>("word-version");
const trackChanges = byId<HTMLInputElement>("track-changes");
const darkTheme = byId<HTMLInputElement>("dark-theme");
const commentText = byId<HTMLInputElement>("comment-text");
const addComment = byId<HTMLButtonElement>("add-comment");
const acceptAll = byId<HTMLButtonElement>("accept-all");
const rejectAll = byId<HTMLButtonElement>("reject-all");
const status = byId<HTMLParagraphElement>("status");
const page = byId<HTMLDivElement>("document");

const FILE_OPTION = "file";
const params = new URLSearchParams(location.search);

let version: WordVersion = wordVersion(params.get("word")) ?? DEFAULT_WORD_VERSION;
let dark = params.get("theme") === "dark";
let opened: WorkbenchDocument;
let office: FakeOffice;
let view: DocumentView | undefined;

(window as WorkbenchWindow).rodWorkbench = { officeApi: () => ({ Word: office.Word, Office: office.Office }) };

function say(message: string, problem = false): void {
  status.textContent = message;
  status.classList.toggle("problem", problem);
}

function rememberInAddress(): void {
  const next = new URLSearchParams();
  if (opened.id) next.set("doc", opened.id);
  if (version !== DEFAULT_WORD_VERSION) next.set("word", version.id);
  if (dark) next.set("theme", "dark");
  const query = next.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** Opens a document in a fresh simulated Word and starts a fresh pane on it, as Word does for each document. */
function open(document: WorkbenchDocument): void {
  opened = document;
  view?.dispose();
  office = createFakeOffice({
    content: document.content,
    supportedSets: version.supportedSets,
    annotationsFail: version.annotationsFail,
    critiquesInvisible: version.critiquesInvisible ?? false,
    insertCommentFails: version.insertCommentFails ?? false,
    ...(version.platform ? { platform: version.platform } : {}),
    ...(version.readyAfterMs ? { ready: { afterMs: version.readyAfterMs } } : {}),
    theme: dark ? { ...DARK_THEME } : { ...LIGHT_THEME },
  });
  office.document.changeTrackingMode = trackChanges.checked ? "TrackAll" : "Off";
  view = new DocumentView(page, office.document, (message) => say(`Word refused the edit: ${message}`, true));
  startPane();
  syncPicker();
  rememberInAddress();
}

function startPane(): void {
  const old = byId<HTMLIFrameElement>("pane");
  const frame = old.cloneNode(false) as HTMLIFrameElement;
  frame.src = "taskpane.html";
  old.replaceWith(frame);
}

function syncPicker(): void {
  picker.querySelector(`option[value="${FILE_OPTION}"]`)?.remove();
  if (opened.id) {
    picker.value = opened.id;
  } else {
    picker.append(new Option(opened.name, FILE_OPTION, true, true));
  }
}

function applyTheme(): void {
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  darkTheme.checked = dark;
}

// ---- controls -------------------------------------------------------------------------------------------------

for (const { id, name } of builtInDocuments) picker.append(new Option(name, id));
for (const { id, name } of WORD_VERSIONS) versionPicker.append(new Option(name, id));
versionPicker.value = version.id;
applyTheme();

picker.addEventListener("change", () => {
  const chosen = builtInDocument(picker.value);
  if (!chosen) return;
  say("");
  open(chosen);
});

fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  // Cleared so that choosing the same file again opens it again.
  fileInput.value = "";
  if (!file) return;
  openFile(file).then(
    (result) => {
      if (!result.ok) {
        say(result.message, true);
        return;
      }
      say(`Opened ${file.name}.`);
      open(result.document);
    },
    // The browser could not hand over the file's bytes (it was moved or deleted after it was chosen).
    (error: unknown) => say(`${file.name} was not opened: ${errorMessage(error)}`, true),
  );
});

versionPicker.addEventListener("change", () => {
  version = wordVersion(versionPicker.value) ?? DEFAULT_WORD_VERSION;
  say(`Reopened ${opened.name} as ${version.name}; edits made before the switch are gone.`);
  open(opened);
});

trackChanges.addEventListener("change", () => {
  office.document.changeTrackingMode = trackChanges.checked ? "TrackAll" : "Off";
});

// ---- reviewing, as a colleague would ------------------------------------------------------------------------

/** Comments on the text selected in the document, as Review › New Comment does; its anchor goes into the text. */
addComment.addEventListener("click", () => {
  const content = commentText.value.trim();
  const { start, end } = office.document.selection();
  if (start.paragraph !== end.paragraph || start.offset === end.offset) {
    say("Select some text within one paragraph of the document first, then add the comment.", true);
    return;
  }
  if (content === "") {
    say("Type the comment first.", true);
    commentText.focus();
    return;
  }
  office.document.addComment(start.paragraph, start.offset, end.offset - start.offset, content, { authorName: "Reviewer" });
  commentText.value = "";
  say("Comment added.");
});

acceptAll.addEventListener("click", () => {
  office.document.acceptAll();
  say("Accepted every tracked change.");
});

rejectAll.addEventListener("click", () => {
  office.document.rejectAll();
  say("Rejected every tracked change.");
});

darkTheme.addEventListener("change", () => {
  dark = darkTheme.checked;
  applyTheme();
  office.document.theme = dark ? { ...DARK_THEME } : { ...LIGHT_THEME };
  // Word has no theme-change event; the pane re-reads the theme when it regains focus, as it would once the
  // officer comes back from Word's options.
  byId<HTMLIFrameElement>("pane").contentWindow?.dispatchEvent(new Event("focus"));
  rememberInAddress();
});

const requested = params.get("doc") ?? DEFAULT_DOCUMENT_ID;
const first = builtInDocument(requested);
if (!first) {
  say(`There is no built-in document called "${requested}", so ${builtInDocument(DEFAULT_DOCUMENT_ID)?.name} is open instead.`, true);
}
open(first ?? (builtInDocument(DEFAULT_DOCUMENT_ID) as WorkbenchDocument));
