/** Validates an entity draft with its Zod schema and turns each failure into a diagnostic at the entity's place. */
import type { z } from "zod";
import type { Diagnostic, SourceLocation } from "@/lib/schema/entities";

/** Maps an issue path (e.g. `causes.0.title`) to the place of the node it came from, when known. */
export type LocateIssue = (path: readonly PropertyKey[]) => SourceLocation | undefined;

/** Returns the parsed entity, or undefined after pushing one diagnostic per schema issue. */
export function validateEntity<T extends z.ZodType>(
  schema: T,
  draft: unknown,
  label: string,
  fallback: SourceLocation,
  locateIssue: LocateIssue,
  diagnostics: Diagnostic[],
): z.output<T> | undefined {
  const result = schema.safeParse(draft);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const location = locateIssue(issue.path) ?? fallback;
    const field = issue.path.map(String).join(".") || "(entity)";
    diagnostics.push({
      ...location,
      severity: "error",
      message: `${label}: ${field} ${describeIssue(issue)}`,
    });
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small" && issue.origin === "string") return "is empty: write some text";
  if (issue.code === "too_small" && issue.origin === "array") return "is empty: add at least one item";
  return issue.message;
}
