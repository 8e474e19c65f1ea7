// Reads error tables in any language and shape: columns get their role from the header's words (any
// vocabulary) and from what the cells hold (a column of code-shaped tokens is the code column), so tables with any
// subset of code / message / cause / action columns are read, including reference tables of codes and messages.
import type { List, Paragraph, PhrasingContent, Table } from "mdast";
import { cleanCellHtml } from "./clean-cell-html";
import type { DiagnosticSink, Place } from "./diagnostic";
import { classifyCode, readCodeValue } from "./extract-codes";
import { toPlainText } from "./plain-text";
import { readLabel } from "./vocabulary";

export type ColumnRole = "message" | "code" | "cause" | "action" | "other";

/** Blocks of one cleaned cell. */
export type CellBlocks = (Paragraph | List)[];

export interface ErrorTableRow {
  message?: CellBlocks;
  code?: CellBlocks;
  cause?: CellBlocks;
  action?: CellBlocks;
  /** Cells of columns that are none of the above ("More information"), kept as the error's body. */
  other?: CellBlocks;
  place: Place;
}

export interface ErrorTable {
  roles: ColumnRole[];
  rows: ErrorTableRow[];
}

/** Share of a column's cells that must hold codes for the column to be the code column. */
const CODE_COLUMN_SHARE = 0.8;

/** What a header cell says about its column, from any language's words. */
export function classifyColumn(header: string): ColumnRole | undefined {
  const role = readLabel(header, true)?.role;
  if (role === "code" || role === "message" || role === "cause" || role === "action") return role;
  if (role === "symptom") return "message";
  return undefined;
}

/** True when the columns make an error table: codes with anything, or something that fails with a cause or fix. */
export function isErrorTable(roles: readonly ColumnRole[]): boolean {
  const has = (role: ColumnRole) => roles.includes(role);
  if (has("code")) return has("message") || has("cause") || has("action");
  return (
    ((has("message") || has("cause")) && (has("action") || has("cause"))) || (has("message") && has("action"))
  );
}

/**
 * Roles of a table's columns. Headers decide first; a column whose header says nothing (or says code) is the code
 * column when its cells are code tokens: of any shape under a code header, strong shapes (`0x1FC07`, `E0277`,
 * `ERR_X`, numbers) anywhere, and named shapes (`SalLowDiskSpace`) where the section is about errors. Without
 * header words, a table with a code column reads its other columns in order: message, then cause, then action.
 */
export function readColumnRoles(table: Table, errorContext: boolean): ColumnRole[] {
  const cache = errorContext ? ROLES_IN_ERROR_CONTEXT : ROLES;
  let roles = cache.get(table);
  if (!roles) {
    roles = inferColumnRoles(table, errorContext);
    cache.set(table, roles);
  }
  return roles;
}

/** Roles per table node: a section's tables are looked at while classifying it and again while reading it. */
const ROLES = new WeakMap<Table, ColumnRole[]>();
const ROLES_IN_ERROR_CONTEXT = new WeakMap<Table, ColumnRole[]>();

function inferColumnRoles(table: Table, errorContext: boolean): ColumnRole[] {
  const [header, ...rows] = table.children;
  const headers = (header?.children ?? []).map((cell) => toPlainText(cell.children));
  const roles = headers.map((text) => classifyColumn(text));
  const resolved: ColumnRole[] = roles.map((role, index) => {
    const cells = rows.map((row) => toPlainText(row.children[index]?.children ?? [])).filter(Boolean);
    if (role === "code") return isCodeColumn(cells, "word") ? "code" : "other";
    if (role) return role;
    return isCodeColumn(cells, errorContext ? "named" : "strong") ? "code" : "other";
  });
  if (
    resolved.includes("code") &&
    !resolved.some((r) => r === "message" || r === "cause" || r === "action")
  ) {
    const unnamed = resolved.flatMap((role, index) =>
      role === "other" && roles[index] === undefined ? [index] : [],
    );
    const order: ColumnRole[] =
      unnamed.length >= 3
        ? ["message", "cause", "action"]
        : unnamed.length === 2
          ? ["message", "action"]
          : ["message"];
    unnamed.forEach((column, i) => (resolved[column] = order[i] ?? "other"));
  }
  return resolved;
}

function isCodeColumn(cells: readonly string[], weakest: "word" | "named" | "strong"): boolean {
  if (cells.length === 0) return false;
  const accepted =
    weakest === "word" ? ["strong", "named", "word"] : weakest === "named" ? ["strong", "named"] : ["strong"];
  const codeCells = cells.filter((cell) => {
    const codes = readCodeValue(cell);
    return codes.length > 0 && codes.every((code) => accepted.includes(classifyCode(code) ?? ""));
  });
  return codeCells.length / cells.length >= CODE_COLUMN_SHARE;
}

/** Parses the body rows of an error table, cleaning cell HTML and reporting repaired quirks and bad rows. */
export function parseErrorTable(
  table: Table,
  roles: readonly ColumnRole[],
  source: string,
  sink: DiagnosticSink,
): ErrorTable {
  const rows: ErrorTableRow[] = [];
  for (const row of table.children.slice(1)) {
    const place = row.position?.start ?? table.position?.start ?? { line: 1, column: 1 };
    checkCellCount(source, row.position?.start.offset, roles.length, place, sink);
    const parsed: ErrorTableRow = { place };
    row.children.forEach((cell, index) => {
      const role = roles[index] ?? "other";
      const cleaned = cleanCellHtml(cell.children as PhrasingContent[]);
      if (cleaned.quirks.length > 0) {
        sink.report(
          cell.position?.start ?? place,
          "info",
          `HTML in a table cell (${cleaned.quirks.join(", ")}) was converted to Markdown; write Markdown lists and paragraphs instead`,
        );
      }
      if (cleaned.blocks.length > 0) parsed[role] = [...(parsed[role] ?? []), ...cleaned.blocks];
    });
    if (parsed.message || parsed.code || parsed.cause || parsed.action) rows.push(parsed);
  }
  return { roles: [...roles], rows };
}

/** GFM silently pads short rows and drops extra cells; the source line tells what the author wrote. */
function checkCellCount(
  source: string,
  offset: number | undefined,
  expected: number,
  place: Place,
  sink: DiagnosticSink,
): void {
  if (offset === undefined) return;
  const end = source.indexOf("\n", offset);
  const line = source.slice(offset, end < 0 ? undefined : end);
  const cells = countCells(line);
  if (cells !== expected) {
    sink.report(
      place,
      "warning",
      `table row has ${cells} cells but the header has ${expected}: ${cells < expected ? "missing cells were left empty" : "extra cells were dropped"}; make every row match the header`,
    );
  }
}

/** Cells of a table row as written: pipes outside code spans and not escaped, outer pipes optional. */
export function countCells(line: string): number {
  let cells = 1;
  let inCode = false;
  const trimmed = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i];
    if (char === "`") inCode = !inCode;
    else if (char === "\\") i++;
    else if (char === "|" && !inCode) cells++;
  }
  return cells;
}
