/**
 * A guided fix in another language, at the step the visitor has reached: the language switch of a guided
 * fix keeps the step and the answer trail instead of starting over, wherever the twin can walk them.
 */
import type { Catalog, Flow, Locale } from "../schema/entities";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { parseFlowLocation, serializeFlowLocation, type FlowQuery } from "../flows/walk-flow";
import { errorFixPath, flowPath } from "./urls";

/**
 * Where a visitor is, as a query string for `flow` (the twin's flow): `step=cause-2&trail=cause-1`, or `""`
 * when the query names no step or the twin cannot walk it (another structure), so the switch then opens
 * the twin at its start rather than at a wrong step.
 */
export function carryFlowLocation(flow: Flow, query: FlowQuery): string {
  if (!readStepParam(query)) return "";
  const parsed = parseFlowLocation(flow, query);
  return parsed.notice ? "" : serializeFlowLocation(flow, parsed.location);
}

/** The guided fix of error `id` in `locale`, at the visitor's position when that fix has it. */
export function errorFixHrefIn(catalog: Catalog, locale: Locale, id: string, query: FlowQuery): string {
  const twin = catalog.errors.find((error) => error.locale === locale && error.id === id);
  const state = twin ? carryFlowLocation(buildErrorFlow(twin, getFlowStrings(locale)), query) : "";
  return withQuery(errorFixPath(locale, id), state);
}

/** The authored flow `id` in `locale`, at the visitor's position when that flow has it. */
export function flowHrefIn(catalog: Catalog, locale: Locale, id: string, query: FlowQuery): string {
  const twin = catalog.flows.find((flow) => flow.locale === locale && flow.id === id);
  return withQuery(flowPath(locale, id), twin ? carryFlowLocation(twin, query) : "");
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

function readStepParam(query: FlowQuery): string | undefined {
  if (typeof query === "string") return new URLSearchParams(query).get("step") ?? undefined;
  if (query instanceof URLSearchParams) return query.get("step") ?? undefined;
  const value = query.step;
  return Array.isArray(value) ? value[0] : value;
}
