/** Diagnostics as text and in a stable order: `file:line:column severity message`. */
import type { Diagnostic } from "@/lib/schema/entities";

export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}:${d.line}:${d.column} ${d.severity} ${printable(d.message)}`;
}

/** ANSI/VT escape sequences (CSI, OSC, and two-character escapes) that a terminal would obey. */
const TERMINAL_SEQUENCE =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[@-Z\\-_]?/g;
/** Other C0/C1 controls and bidirectional overrides, which could hide or reorder what a diagnostic says. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text that is safe to print on a terminal: escape sequences removed, other control characters shown as
 * `\u{…}` so a document cannot recolour, move the cursor, retitle the window or reorder the text.
 */
export function printable(text: string): string {
  return text
    .replace(TERMINAL_SEQUENCE, "")
    .replace(CONTROL, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** At most `limit` diagnostics per file, in order; the rest are counted in one last info. */
export function capPerFile(diagnostics: readonly Diagnostic[], limit: number): Diagnostic[] {
  const kept = new Map<string, number>();
  const dropped = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const count = kept.get(d.file) ?? 0;
    if (count < limit) {
      kept.set(d.file, count + 1);
      out.push(d);
    } else dropped.set(d.file, (dropped.get(d.file) ?? 0) + 1);
  }
  for (const [file, count] of dropped)
    out.push({
      file,
      line: 1,
      column: 1,
      severity: "info",
      message: `${count} more diagnostics for this file were left out (at most ${limit} are shown): fix the ones above first`,
    });
  return out;
}

const SEVERITY_ORDER: Record<Diagnostic["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Orders by file, line, column, severity, message, and drops exact repeats. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.message, b.message),
  );
  return sorted.filter((d, i) => i === 0 || formatDiagnostic(d) !== formatDiagnostic(sorted[i - 1]!));
}

/** Code-unit order, so sorting never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
