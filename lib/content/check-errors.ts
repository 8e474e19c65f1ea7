/** Checks of errors across the catalog that are advice to authors rather than broken content. */
import type { Diagnostic, ErrorEntry } from "@/lib/schema/entities";
import { hasUnstructuredFix } from "./error-fixes";

/**
 * Names each error whose fix stayed free text (a body, no <Action>): it is shown and followed as written,
 * but the guided fix cannot walk it step by step, so the author can see where structure was not found.
 */
export function checkUnstructuredFixes(errors: readonly ErrorEntry[]): Diagnostic[] {
  return errors.filter(hasUnstructuredFix).map((error) => ({
    ...error.source,
    severity: "warning",
    message: `error "${error.id}" has fix text but no <Action>: the guided fix shows it as one step; put its steps in an <Action> (one list item per step) so readers can follow them one at a time`,
  }));
}
