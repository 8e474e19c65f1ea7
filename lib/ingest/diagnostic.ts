// Located diagnostics for the importer: every problem names the place in the original input.
import { INPUT_LIMITS } from "../content/input-limits";
import type { Diagnostic } from "../schema/entities";

/** A 1-based place in the input, as unist positions give it. */
export interface Place {
  line: number;
  column: number;
}

/** Where a diagnostic is reported when the input has no better place (empty or binary files). */
export const START_OF_FILE: Place = { line: 1, column: 1 };

/** Builds a diagnostic; clamps the place to 1-based numbers so schema validation never fails. */
export function createDiagnostic(
  file: string,
  place: Place | undefined,
  severity: Diagnostic["severity"],
  message: string,
): Diagnostic {
  const at = place ?? START_OF_FILE;
  return { file, line: Math.max(1, at.line), column: Math.max(1, at.column), severity, message };
}

/** Collects diagnostics for one import, so modules report without threading arrays around. */
export class DiagnosticSink {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

  /** Diagnostics beyond the per-file limit: counted, not kept, so a hostile file cannot flood memory or output. */
  private dropped = 0;

  report(place: Place | undefined, severity: Diagnostic["severity"], message: string): void {
    if (this.diagnostics.length >= INPUT_LIMITS.diagnosticsPerFile) this.dropped++;
    else this.diagnostics.push(createDiagnostic(this.file, place, severity, message));
  }

  /** Diagnostics sorted by place, then severity and text, for deterministic output. */
  sorted(): Diagnostic[] {
    const more: Diagnostic[] = this.dropped
      ? [
          createDiagnostic(
            this.file,
            undefined,
            "info",
            `${this.dropped} more diagnostics for this file were left out (at most ${INPUT_LIMITS.diagnosticsPerFile} are shown): fix the ones shown first`,
          ),
        ]
      : [];
    return [...this.diagnostics, ...more].sort(
      (a, b) =>
        a.line - b.line ||
        a.column - b.column ||
        a.severity.localeCompare(b.severity) ||
        a.message.localeCompare(b.message),
    );
  }
}
