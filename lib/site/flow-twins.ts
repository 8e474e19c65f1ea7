/**
 * A guided fix in another language, at the step the visitor has reached: the language switch of a guided
 * fix keeps the step and the answer trail instead of starting over, wherever the twin can walk them.
 */
import type { Catalog, Flow, Locale } from "../schema/entities";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { askBeforeDone } from "../flows/ask-before-done";
import { flowLocationHref, parseFlowLocation, type FlowQuery } from "../flows/walk-flow";
import { errorFixPath, flowPath } from "./urls";

/**
 * Where a visitor is, as the address of that place in `flow` (the twin's flow, walked as the guided view
 * walks it), `pathOf(step)` being a step's page: `/en/errors/x/fix/cause-2?trail=cause-1`; the twin's first
 * page when the query names no step or the twin cannot walk it (another structure), so the switch then
 * opens the twin at its start rather than at a wrong step.
 */
export function carryFlowLocation(
  twin: Flow,
  query: FlowQuery,
  pathOf: (step: string | undefined) => string,
  from?: Flow,
): string {
  const flow = askBeforeDone(twin, getFlowStrings(twin.locale));
  if (!readStepParam(query)) return pathOf(undefined);
  const source = from ? askBeforeDone(from, getFlowStrings(from.locale)) : undefined;
  const parsed = parseFlowLocation(flow, source ? translateQuery(source, flow, query) : query);
  return parsed.notice ? pathOf(undefined) : flowLocationHref(flow, parsed.location, pathOf);
}

/**
 * The query with `from`'s step ids replaced by `to`'s at the same positions, when the two flows have the
 * same shape (the same number of steps, each leading to the same positions). Translations of one error
 * derive their action ids from their own words, so the ids differ while the walk is the same; flows of
 * another shape are left alone (their ids then decide).
 */
function translateQuery(from: Flow, to: Flow, query: FlowQuery): FlowQuery {
  const ids = matchStepIds(from, to);
  if (!ids) return query;
  const translate = (id: string) => ids.get(id) ?? id;
  const step = readParam(query, "step");
  const trail = readParam(query, "trail");
  const translated = new URLSearchParams();
  if (step !== undefined) translated.set("step", translate(step));
  if (trail) translated.set("trail", trail.split(",").map(translate).join(","));
  return translated;
}

function matchStepIds(from: Flow, to: Flow): Map<string, string> | undefined {
  if (from.steps.length !== to.steps.length) return undefined;
  const position = (flow: Flow) => new Map(flow.steps.map((step, index) => [step.id, String(index)]));
  const fromPositions = position(from);
  const toPositions = position(to);
  const shape = (flow: Flow, positions: Map<string, string>) =>
    flow.steps
      .map((step) =>
        [step.next, step.yes, step.no, step.question ? "?" : ""]
          .map((target) => (target === undefined ? "" : (positions.get(target) ?? target)))
          .join("|"),
      )
      .join(";");
  if (shape(from, fromPositions) !== shape(to, toPositions)) return undefined;
  return new Map(from.steps.map((step, index) => [step.id, to.steps[index]!.id]));
}

function readParam(query: FlowQuery, name: string): string | undefined {
  if (typeof query === "string") return new URLSearchParams(query).get(name) ?? undefined;
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The guided fix of error `id` in `locale`, at the visitor's position when that fix has it; `from` is the
 * flow the visitor is walking, so a translation with ids of its own is walked by position.
 */
export function errorFixHrefIn(
  catalog: Catalog,
  locale: Locale,
  id: string,
  query: FlowQuery,
  from?: Flow,
): string {
  const twin = catalog.errors.find((error) => error.locale === locale && error.id === id);
  const pathOf = (step: string | undefined) => errorFixPath(locale, id, step);
  return twin
    ? carryFlowLocation(buildErrorFlow(twin, getFlowStrings(locale)), query, pathOf, from)
    : pathOf(undefined);
}

/** The authored flow `id` in `locale`, at the visitor's position when that flow has it. */
export function flowHrefIn(catalog: Catalog, locale: Locale, id: string, query: FlowQuery): string {
  const twin = catalog.flows.find((flow) => flow.locale === locale && flow.id === id);
  const pathOf = (step: string | undefined) => flowPath(locale, id, step);
  return twin ? carryFlowLocation(twin, query, pathOf) : pathOf(undefined);
}

function readStepParam(query: FlowQuery): string | undefined {
  return readParam(query, "step");
}
