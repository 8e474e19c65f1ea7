/** The single place the catalog checks flow structure (dangling edges, unreachable steps, cycles, dead ends). */
import type { Diagnostic, Flow } from "@/lib/schema/entities";
import { findSilentEnds } from "@/lib/flows/ask-before-done";
import { validateFlow } from "@/lib/flows/validate-flow";

export function checkFlows(flows: readonly Flow[]): Diagnostic[] {
  return flows.flatMap((flow) => [...validateFlow(flow), ...checkProcedureEnds(flow)]);
}

/**
 * A procedure is followed to fix something, so it ends only when the reader says it worked. A step that
 * ends it otherwise gets a warning; the guided view asks "Did this fix it?" there until the author asks
 * a question of their own.
 */
function checkProcedureEnds(flow: Flow): Diagnostic[] {
  if (flow.kind !== "procedure") return [];
  return findSilentEnds(flow).map((step) => ({
    ...(step.source ?? flow.source),
    severity: "warning",
    message:
      step.question === undefined
        ? `step "${step.id}" ends the procedure without asking whether it worked: add question="…" yes="done" no="escalate" (or a step to go to)`
        : `step "${step.id}" ends the procedure on "no" as if it were fixed: point no="…" to a step to try next, or to "escalate"`,
  }));
}
