// Reads error tables in all the shapes Microsoft Docs uses (Error|Cause|Action, Cause|Action, Error message|Action,
// Error code|Reasons|Recommendations, Severity|Description|…), in English and Swedish, into rows of cleaned cells.
import type { List, Paragraph, PhrasingContent, Table } from "mdast";
import { cleanCellHtml } from "./clean-cell-html";
import type { DiagnosticSink, Place } from "./diagnostic";
import { toPlainText } from "./plain-text";

export type ColumnRole = "message" | "code" | "cause" | "action" | "other";

/** Blocks of one cleaned cell. */
export type CellBlocks = (Paragraph | List)[];

export interface ErrorTableRow {
  message?: CellBlocks;
  code?: CellBlocks;
  cause?: CellBlocks;
  action?: CellBlocks;
  place: Place;
}

export interface ErrorTable {
  roles: ColumnRole[];
  rows: ErrorTableRow[];
}

/** What a header cell says about its column, from its English or Swedish words. */
export function classifyColumn(header: string): ColumnRole {
  const text = header
    .toLowerCase()
    .replace(/[*_`:]/g, "")
    .trim();
  if (/^(error code|felkod|code|kod|error codes|felkoder)$/.test(text)) return "code";
  if (/(orsak|cause|reason|skäl)/.test(text)) return "cause";
  if (/(åtgärd|action|recommend|lösning|solution|workaround|resolution|lös)/.test(text)) return "action";
  if (
    /^(fel|error|felmeddelande|fel meddelande|error message|message|meddelande|error details|feldetaljer|description|beskrivning)$/.test(
      text,
    )
  )
    return "message";
  return "other";
}

/** True when the columns make an error table: something that fails (message, code or cause) and a fix or cause. */
export function isErrorTable(roles: readonly ColumnRole[]): boolean {
  const has = (role: ColumnRole) => roles.includes(role);
  return (has("message") || has("code") || has("cause")) && (has("action") || has("cause"));
}

/** Header roles of a GFM table. */
export function readColumnRoles(table: Table): ColumnRole[] {
  return (table.children[0]?.children ?? []).map((cell) => classifyColumn(toPlainText(cell.children)));
}

/** Parses the body rows of an error table, cleaning cell HTML and reporting repaired quirks and bad rows. */
export function parseErrorTable(table: Table, source: string, sink: DiagnosticSink): ErrorTable {
  const roles = readColumnRoles(table);
  const rows: ErrorTableRow[] = [];
  for (const row of table.children.slice(1)) {
    const place = row.position?.start ?? table.position?.start ?? { line: 1, column: 1 };
    checkCellCount(source, row.position?.start.offset, roles.length, place, sink);
    const parsed: ErrorTableRow = { place };
    row.children.forEach((cell, index) => {
      const role = roles[index];
      if (!role || role === "other") return;
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
  return { roles, rows };
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
