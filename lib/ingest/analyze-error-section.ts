// Finds what makes a section an error: error tables, `Error code:`/`Error message:` lines, a code heading,
// or codes named in prose ("the error **X**"); and what is left over as free Markdown.
import type { Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { hasHtml } from "./clean-cell-html";
import type { DiagnosticSink } from "./diagnostic";
import {
  addCodes,
  extractHeadingCodes,
  extractMessageCodes,
  introducesCode,
  isCodeLike,
  parseCodeList,
} from "./extract-codes";
import type { SourceSection } from "./find-sections";
import { isErrorTable, parseErrorTable, readColumnRoles, type ErrorTable } from "./parse-error-table";
import { toPlainText } from "./plain-text";

/** A placeholder left where an error table was, so its causes and actions print in document order. */
export interface TableMarker {
  type: "errorTable";
  table: ErrorTable;
}

export interface ErrorSectionAnalysis {
  /** Codes from `Error code:` lines. */
  codeLines: string[];
  /** Messages from `Error message:` lines. */
  messages: string[];
  /** Codes the heading names (`SalLowDiskSpace`, `A / B - message`). */
  headingCodes: string[];
  /** Codes prose names as errors ("the error **X**"). */
  proseCodes: string[];
  tables: ErrorTable[];
  /** Remaining blocks, with markers where top-level error tables stood. */
  blocks: (RootContent | TableMarker)[];
}

const LABEL =
  /^(error code|error codes|felkod|error message|felmeddelande|fel meddelande|message|meddelande)\s*:\s*(.*)$/i;

/** Analyses one section; nested error tables (e.g. in a list) are taken out and marked at the end. */
export function analyzeErrorSection(
  section: SourceSection,
  source: string,
  sink: DiagnosticSink,
): ErrorSectionAnalysis {
  const analysis: ErrorSectionAnalysis = {
    codeLines: [],
    messages: [],
    headingCodes: extractHeadingCodes(section.title),
    proseCodes: [],
    tables: [],
    blocks: [],
  };
  const nested: TableMarker[] = [];
  for (const block of section.blocks) {
    if (block.type === "table" && isErrorTable(readColumnRoles(block))) {
      const marker = takeTable(block, source, sink, analysis);
      analysis.blocks.push(marker);
      continue;
    }
    if (block.type === "paragraph") {
      const rest = readLabelLines(block, analysis);
      if (rest) analysis.blocks.push(rest);
      collectProseCodes(block.children, analysis.proseCodes);
      continue;
    }
    if (block.type === "list" || block.type === "blockquote") {
      analysis.blocks.push(removeNestedTables(block, source, sink, analysis, nested));
      continue;
    }
    analysis.blocks.push(block);
  }
  analysis.blocks.push(...nested);
  return analysis;
}

/** True when the analysis found anything that makes the section an error. */
export function isErrorSection(analysis: ErrorSectionAnalysis): boolean {
  return (
    analysis.tables.length > 0 ||
    analysis.codeLines.length > 0 ||
    analysis.messages.length > 0 ||
    analysis.headingCodes.length > 0 ||
    analysis.proseCodes.length > 0
  );
}

function takeTable(
  table: Table,
  source: string,
  sink: DiagnosticSink,
  analysis: ErrorSectionAnalysis,
): TableMarker {
  const parsed = parseErrorTable(table, source, sink);
  analysis.tables.push(parsed);
  return { type: "errorTable", table: parsed };
}

function removeNestedTables<T extends RootContent>(
  node: T,
  source: string,
  sink: DiagnosticSink,
  analysis: ErrorSectionAnalysis,
  nested: TableMarker[],
): T {
  if (!("children" in node)) return node;
  const children = (node.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === "table" && isErrorTable(readColumnRoles(child))) {
      nested.push(takeTable(child, source, sink, analysis));
      return [];
    }
    if (child.type === "paragraph") collectProseCodes(child.children, analysis.proseCodes);
    return [removeNestedTables(child, source, sink, analysis, nested)];
  });
  return { ...node, children };
}

/** Takes `Error code:` / `Error message:` lines out of a paragraph; returns what is left, if anything. */
function readLabelLines(paragraph: Paragraph, analysis: ErrorSectionAnalysis): Paragraph | undefined {
  const lines = splitLines(paragraph.children);
  const kept: PhrasingContent[][] = [];
  let matched = false;
  for (const line of lines) {
    const match = LABEL.exec(toPlainText(line));
    if (!match) {
      kept.push(line);
      continue;
    }
    matched = true;
    const [, label = "", value = ""] = match;
    if (/code|kod/i.test(label)) {
      addCodes(
        analysis.codeLines,
        parseCodeList(value).filter((token) => !/\s/.test(token)),
      );
    } else if (value.trim()) {
      analysis.messages.push(value.trim());
    }
  }
  if (!matched) return paragraph;
  const children = joinLines(kept.filter((line) => toPlainText(line) !== ""));
  return children.length > 0 ? { ...paragraph, children } : undefined;
}

function splitLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "break" || (child.type === "html" && /^<\/?br\b|^<\/br>/i.test(child.value))) {
      lines.push([]);
    } else if (child.type === "text" && child.value.includes("\n")) {
      child.value.split("\n").forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part) lines.at(-1)?.push({ type: "text", value: part });
      });
    } else {
      lines.at(-1)?.push(child);
    }
  }
  return lines;
}

function joinLines(lines: readonly PhrasingContent[][]): PhrasingContent[] {
  return lines.flatMap((line, index) =>
    index > 0 ? [{ type: "text", value: "\n" } as const, ...line] : line,
  );
}

/** Bold codes right after "error"/"fel" wording, and bold codes listed after such a code. */
function collectProseCodes(children: readonly PhrasingContent[], into: string[]): void {
  if (hasHtml(children) && children.some((c) => c.type === "html" && /<li/i.test(c.value))) return;
  let previousWasCode = false;
  let textBefore = "";
  for (const child of children) {
    if (child.type === "strong") {
      const token = toPlainText(child.children);
      const listed = previousWasCode && /^\s*(,|and|or|och|eller)?\s*$/i.test(textBefore);
      if (isCodeLike(token) && (introducesCode(textBefore) || listed)) {
        addCodes(into, [token]);
        previousWasCode = true;
      } else {
        previousWasCode = false;
      }
      textBefore = "";
    } else {
      textBefore += child.type === "text" ? child.value : toPlainText(child);
    }
  }
}

/** Message texts of a message cell: one per list item, or the whole cell. */
export function readCellMessages(blocks: readonly RootContent[]): string[] {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === "list") return only.children.map((item) => toPlainText(item)).filter(Boolean);
  const text = toPlainText(blocks as RootContent[]);
  return text ? [text] : [];
}

/** Codes printed in messages, in order. */
export function readMessageCodes(messages: readonly string[]): string[] {
  const codes: string[] = [];
  for (const message of messages) addCodes(codes, extractMessageCodes(message));
  return codes;
}
