import { snapshotFromText } from "../core/text/snapshot-from-text";
import { contentFromBlocks, type ContentInit } from "../fake-word";
import sendStrategy from "./records/kent-send-strategy-2021.txt";
import stlsRedesign from "./records/kent-stls-redesign-2022.md";

/** A document the workbench can open: its name in the picker and its content for the simulated Word. */
export interface WorkbenchDocument {
  /** The ?doc= value for built-in documents; undefined for a file the user opened. */
  id?: string;
  name: string;
  content: ContentInit[];
}

interface BuiltIn {
  id: string;
  name: string;
  text: string;
}

const BUILT_INS: BuiltIn[] = [
  { id: "empty", name: "Empty document", text: "" },
  { id: "kent-send-strategy-2021", name: "Kent: SEND strategy 2021 (real record)", text: sendStrategy },
  { id: "kent-stls-redesign-2022", name: "Kent: STLS redesign 2022 (real record)", text: stlsRedesign },
];

export const DEFAULT_DOCUMENT_ID = "kent-stls-redesign-2022";

export const builtInDocuments: readonly { id: string; name: string }[] = BUILT_INS.map(({ id, name }) => ({ id, name }));

export function builtInDocument(id: string): WorkbenchDocument | undefined {
  const found = BUILT_INS.find((candidate) => candidate.id === id);
  return found && { id: found.id, name: found.name, content: contentFromText(found.text) };
}

/** Plain text or Markdown, read the way rod-check reads it: headings recognised, list markers removed. */
export function contentFromText(text: string): ContentInit[] {
  return contentFromBlocks(snapshotFromText(text).blocks);
}
