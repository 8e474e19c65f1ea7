/**
 * Conflict markers that `fixpath sync` writes when an upstream change and a local edit touch the same lines.
 * One definition for the sync merge (which writes them) and for `check` (which refuses a file that holds them),
 * so a conflict can never reach the site as text.
 */
import type { Diagnostic } from "@/lib/schema/entities";

/** The marker lines, in the order they appear, labelled as `fixpath sync` labels its sides. */
export const CONFLICT_MARKERS = {
  local: "<<<<<<< local",
  base: "||||||| base",
  separator: "=======",
  upstream: ">>>>>>> upstream",
} as const;

/** A line that opens or closes a conflict (any label, as git and diff3 write them too). */
const OPENING_OR_CLOSING = /^(?:<{7}|>{7})(?:\s|$)/;

/** The opening or closing line of a fenced code block. */
const FENCE = /^\s*(?:`{3,}|~{3,})/;

/**
 * A located error for every conflict still open in `text`: the line of each `<<<<<<<` (or stray `>>>>>>>`).
 * Inside a fenced code block (a sample of a git conflict in the docs) only the lines sync writes count.
 */
export function findConflictMarkers(text: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let open = false;
  let fenced = false;
  for (const [index, line] of text.split("\n").entries()) {
    if (FENCE.test(line)) fenced = !fenced;
    const ours = line === CONFLICT_MARKERS.local || line === CONFLICT_MARKERS.upstream;
    if (!OPENING_OR_CLOSING.test(line) || (fenced && !ours)) continue;
    const opening = line.startsWith("<");
    if (opening || !open) {
      diagnostics.push({
        file,
        line: index + 1,
        column: 1,
        severity: "error",
        message: opening
          ? `unresolved sync conflict: keep the lines you want between "${CONFLICT_MARKERS.local}" (your edit), "${CONFLICT_MARKERS.base}" (the last import) and "${CONFLICT_MARKERS.upstream}" (the new import), then delete the four marker lines`
          : `a "${CONFLICT_MARKERS.upstream}" line without its "${CONFLICT_MARKERS.local}": finish resolving the conflict and delete the marker lines`,
      });
    }
    open = opening;
  }
  return diagnostics;
}
