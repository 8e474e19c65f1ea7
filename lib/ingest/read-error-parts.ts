// Reads what an error section says, by structure first and words second: label lines (`Error code:`,
// `Error message:`), error tables, labelled parts (`**Cause**`, `Solution:`, `Step 1`), "Cause 1: [title](#anchor)"
// references to shared cause sections, and fix sub-sections (`### Cause`, `### Workaround`). Whatever has no
// structure stays, in order, as the error's body.
import type { Heading, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import type { DiagnosticSink } from "./diagnostic";
import { addBody, type CauseDraft, type ErrorPart } from "./error-draft";
import { addCodes, extractMessageCodes, readCodeValue } from "./extract-codes";
import type { SourceSection } from "./find-sections";
import {
  isErrorTable,
  parseErrorTable,
  readColumnRoles,
  type CellBlocks,
  type ErrorTableRow,
} from "./parse-error-table";
import { toPlainText } from "./plain-text";
import { readCauses } from "./read-causes";
import { linesToParagraph, readLabelledReference, readLeadLabel, splitLines } from "./read-labels";
import { isErrorWord, isNoneText, type LabelRole } from "./vocabulary";

export interface PartsContext {
  source: string;
  sink: DiagnosticSink;
  /** Title for a cause the document does not name, in the document's language (`Cause`, `Orsak`). */
  causeTitle: string;
  /** The section a `#anchor` of this document names, for "Cause 1: [title](#anchor)" references. */
  findSection: (anchor: string) => SourceSection | undefined;
  /** True when the section is about errors, so code-shaped names in tables are codes. */
  errorContext: boolean;
  /** The section being read, whose own anchor (or an ancestor's) a cause reference must not copy. */
  current?: SourceSection;
  /**
   * Characters left for copying shared cause sections into the errors that reference them; it starts at the
   * document's length and a bit, so copies stay linear in the input however many errors reference a section.
   */
  copyBudget: { remaining: number };
}

/** Largest shared cause section copied into a referencing error; a larger one is referenced by its link. */
const MAX_CAUSE_SECTION_CHARS = 50_000;

/** Whether a referenced section may be copied into the current error as a cause, spending the budget if so. */
function mayCopySection(section: SourceSection, context: PartsContext): boolean {
  for (let at: SourceSection | undefined = context.current; at; at = at.parent)
    if (at === section) return false;
  const size = sectionSize(section);
  if (size > MAX_CAUSE_SECTION_CHARS || size > context.copyBudget.remaining) return false;
  context.copyBudget.remaining -= size;
  return true;
}

/** Characters from a section's heading to the end of its last block or sub-section. */
function sectionSize(section: SourceSection): number {
  let last: SourceSection = section;
  while (last.children.length > 0) last = last.children.at(-1)!;
  const end = last.blocks.at(-1)?.position?.end.offset ?? last.heading.position?.end.offset ?? 0;
  return Math.max(0, end - (section.heading.position?.start.offset ?? end));
}

/** What one error section (or table row) says. */
export interface ErrorContent {
  /** Codes from `Error code:` lines. */
  labelCodes: string[];
  /** Codes from code cells and from messages, in order. */
  tableCodes: string[];
  messages: string[];
  parts: ErrorPart[];
  /** Error tables found, for deciding whether each row is its own error. */
  tables: ErrorTableRow[][];
}

/** The role a sub-section's heading gives it (`### Cause`, `#### Lösning`, `### Step 2: Restart`), if any. */
export function readFixHeading(heading: Heading): LabelRole | undefined {
  const role = readLeadLabel(heading.children)?.label.role;
  return role === "cause" || role === "action" || role === "symptom" || role === "step" || role === "note"
    ? role
    : undefined;
}

/** Error tables among a section's top-level blocks, with their column roles. */
export function findErrorTables(blocks: readonly RootContent[], errorContext: boolean): Table[] {
  return blocks.filter(
    (block): block is Table => block.type === "table" && isErrorTable(readColumnRoles(block, errorContext)),
  );
}

type Mode = { role: "cause" | "action"; blocks: RootContent[] } | undefined;

/**
 * Reads a section's own blocks and its fix sub-sections into error content. Without `withTables`, error tables
 * are kept as body: a cheap look at the labels only.
 */
export function readErrorContent(
  blocks: readonly RootContent[],
  fixSections: readonly SourceSection[],
  context: PartsContext,
  withTables = true,
): ErrorContent {
  const content: ErrorContent = { labelCodes: [], tableCodes: [], messages: [], parts: [], tables: [] };
  let mode: Mode;
  let references: CauseDraft[] = [];
  const target = (): RootContent[] | undefined => mode?.blocks;
  const put = (block: RootContent) => {
    const blocksOfMode = target();
    if (blocksOfMode) blocksOfMode.push(block);
    else addBody(content.parts, [block]);
  };
  const flushReferences = () => {
    if (references.length > 0) content.parts.push({ kind: "causes", causes: references });
    references = [];
  };
  const flushMode = () => {
    flushReferences();
    if (mode?.role === "cause") {
      const causes = readCauses(mode.blocks, context.causeTitle);
      if (causes.length > 0) content.parts.push({ kind: "causes", causes });
    } else if (mode?.role === "action" && mode.blocks.length > 0) {
      content.parts.push({ kind: "action", blocks: mode.blocks });
    }
    mode = undefined;
  };

  for (const block of blocks) {
    if (block.type === "table" && withTables) {
      const roles = readColumnRoles(block, context.errorContext);
      if (isErrorTable(roles)) {
        flushMode();
        const table = parseErrorTable(block, roles, context.source, context.sink);
        content.tables.push(table.rows);
        for (const row of table.rows) {
          const rowContent = readRow(row, context);
          addCodes(content.tableCodes, rowContent.tableCodes);
          content.messages.push(...rowContent.messages);
          for (const part of rowContent.parts) {
            if (part.kind === "body") addBody(content.parts, part.blocks);
            else content.parts.push(part);
          }
        }
        continue;
      }
    }
    if (block.type === "blockquote" || block.type === "html") {
      flushReferences();
      addBody(content.parts, [block]);
      continue;
    }
    if (block.type !== "paragraph") {
      flushReferences();
      put(block);
      continue;
    }
    let pending: PhrasingContent[][] = [];
    const flushPending = () => {
      const paragraph = linesToParagraph(pending, block);
      pending = [];
      if (paragraph) {
        flushReferences();
        put(paragraph);
      }
    };
    for (const line of splitLines(block.children)) {
      const reference = readLabelledReference(line);
      if (reference?.label.role === "cause") {
        flushPending();
        if (mode) flushMode();
        const section = context.findSection(reference.link.url.slice(1));
        const title = toPlainText(reference.link.children) || section?.title || context.causeTitle;
        const link: Paragraph = { type: "paragraph", children: [structuredClone(reference.link)] };
        references.push(
          section && mayCopySection(section, context)
            ? readCauseSection(section, title)
            : { title, explanation: [link], actions: [] },
        );
        continue;
      }
      const labelled = readLeadLabel(line);
      const role = labelled?.label.role;
      if (labelled && role === "code") {
        flushPending();
        addCodes(content.labelCodes, readCodeValue(toPlainText(labelled.rest)));
        continue;
      }
      if (labelled && role === "message" && labelled.rest.length > 0) {
        flushPending();
        const message = toPlainText(labelled.rest);
        if (message) content.messages.push(message);
        continue;
      }
      if (labelled && (role === "cause" || role === "action" || role === "step")) {
        flushPending();
        flushMode();
        mode = { role: role === "cause" ? "cause" : "action", blocks: [] };
        // A step keeps its label ("Step 1: …") so the order stays readable; a cause or fix label is said by the part.
        const kept = role === "step" ? line : labelled.rest;
        if (kept.length > 0) pending.push([...kept]);
        continue;
      }
      pending.push(line);
    }
    flushPending();
  }
  flushMode();

  for (const section of fixSections) {
    const role = readFixHeading(section.heading);
    const sectionBlocks = flattenSection(section, false);
    if (role === "cause") {
      const causes = readCauses(sectionBlocks, context.causeTitle);
      if (causes.length > 0) content.parts.push({ kind: "causes", causes });
    } else if (role === "action" || role === "step") {
      if (sectionBlocks.length > 0) content.parts.push({ kind: "action", blocks: sectionBlocks });
    } else {
      addBody(content.parts, flattenSection(section, true));
    }
  }
  return content;
}

/** A shared cause section as one cause: its text explains, its fix sub-sections are the cause's actions. */
function readCauseSection(section: SourceSection, title: string): CauseDraft {
  const explanation: RootContent[] = structuredClone(section.blocks);
  const actions: RootContent[][] = [];
  for (const child of section.children) {
    const role = readFixHeading(child.heading);
    if (role === "action" || role === "step") actions.push(flattenSection(child, false));
    else explanation.push(...flattenSection(child, true));
  }
  return { title, explanation, actions };
}

/** A section's blocks and its sub-sections' as one run; headings become bold paragraphs. */
export function flattenSection(section: SourceSection, withHeading: boolean): RootContent[] {
  const heading: Paragraph = {
    type: "paragraph",
    children: [{ type: "strong", children: structuredClone(section.heading.children) }],
  };
  return [
    ...(withHeading ? [heading] : []),
    ...structuredClone(section.blocks),
    ...section.children.flatMap((child) => flattenSection(child, true)),
  ];
}

/** One table row: its messages and codes, its causes (sharing the row's action list) and the rest as body. */
export function readRow(row: ErrorTableRow, context: PartsContext): ErrorContent {
  const content: ErrorContent = { labelCodes: [], tableCodes: [], messages: [], parts: [], tables: [] };
  const { messages, fix } = row.message ? readMessageCell(row.message) : { messages: [], fix: [] };
  content.messages.push(...messages);
  if (row.code) addCodes(content.tableCodes, readCodeValue(toPlainText(row.code as RootContent[])));
  for (const message of messages) addCodes(content.tableCodes, extractMessageCodes(message));
  if (fix.length > 0) content.parts.push({ kind: "action", blocks: fix });
  const causes = row.cause ? readCauses(row.cause, context.causeTitle) : [];
  const action = row.action && !isNoneText(toPlainText(row.action as RootContent[])) ? row.action : undefined;
  if (causes.length === 1 && action) causes[0]!.actions.push(structuredClone(action));
  if (causes.length > 0) {
    content.parts.push(
      causes.length > 1 && action
        ? { kind: "causes", causes, shared: structuredClone(action) }
        : { kind: "causes", causes },
    );
  } else if (action) {
    content.parts.push({ kind: "action", blocks: structuredClone(action) });
  }
  if (row.other) addBody(content.parts, structuredClone(row.other));
  return content;
}

/**
 * Messages of a message cell, one per list item or paragraph. A leading line that only says "Error" (any
 * language) is a label, not message text; a line ending in a colon followed by more lines is a message followed
 * by what to do ("The DNS name is taken: <br>Specify a different name.").
 */
export function readMessageCell(blocks: CellBlocks): { messages: string[]; fix: RootContent[] } {
  const messages: string[] = [];
  const fix: RootContent[] = [];
  let labelSeen = false;
  for (const block of blocks) {
    if (block.type === "list") {
      for (const item of block.children) {
        const text = toPlainText(item);
        if (text) messages.push(text);
      }
      continue;
    }
    const lines = splitLines(block.children);
    if (!labelSeen && lines.length > 0 && isErrorWord(toPlainText(lines[0]!))) {
      lines.shift();
      labelSeen = true;
    }
    if (lines.length === 0) continue;
    const first = toPlainText(lines[0]!);
    if (lines.length > 1 && /[:：]$/.test(first)) {
      messages.push(first.replace(/\s*[:：]$/, ""));
      const rest = linesToParagraph(lines.slice(1), block);
      if (rest) fix.push(rest);
    } else {
      const text = toPlainText(lines.flat());
      if (text) messages.push(text);
    }
  }
  return { messages, fix };
}
