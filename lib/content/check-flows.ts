/** The single place the catalog checks flow structure (dangling edges, unreachable steps, cycles, dead ends). */
import type { Diagnostic, Flow } from "@/lib/schema/entities";
import { validateFlow } from "@/lib/flows/validate-flow";

export function checkFlows(flows: readonly Flow[]): Diagnostic[] {
  return flows.flatMap((flow) => validateFlow(flow));
}
