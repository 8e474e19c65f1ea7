// Pure navigation for the guided view: the current step, its choices, progress, a copyable trail,
// and the `?step=…&trail=…` location in the URL, which is parsed as untrusted input.
import type { Flow, FlowStep } from "../schema/entities";
import { indexStepsById, isFlowEnd, successorsOf, type FlowChoice } from "./flow-graph";
import { fillTemplate } from "../i18n/fill-template";
import type { FlowStrings } from "./flow-strings";
import { truncateText } from "./wrap-text";

export { isFlowEnd, successorsOf, FLOW_ENDS, type FlowChoice, type FlowEnd } from "./flow-graph";

/** The step to show, its 0-based index, and whether the asked-for id was unknown. */
export interface ResolvedStep {
  step: FlowStep;
  index: number;
  notice?: "unknown-step";
}

/** Where a reader is: the current step id (or `done`/`escalate`) and the step ids passed, in order. */
export interface FlowLocation {
  step: string;
  trail: string[];
}

/** A location read from a URL, with a notice when part of it had to be thrown away. */
export interface ParsedFlowLocation {
  location: FlowLocation;
  notice?: "unknown-step" | "invalid-trail";
}

/** Query parameters as Next.js passes them (`searchParams`), or a parsed or raw query string. */
export type FlowQuery = URLSearchParams | string | Record<string, string | string[] | undefined>;

/** How many characters of a step's text a trail entry keeps. */
const TRAIL_TEXT_CHARS = 60;
/** Longest `trail` parameter read; a real trail is a few hundred characters at most. */
const MAX_TRAIL_PARAM_CHARS = 4000;

/** The step `stepId` names; a missing, unknown or hostile id falls back to the first step. */
export function resolveStep(flow: Flow, stepId: string | undefined): ResolvedStep {
  const index = stepId === undefined ? 0 : flow.steps.findIndex((step) => step.id === stepId);
  const found = index >= 0 ? flow.steps[index] : undefined;
  if (found) return { step: found, index };
  const first = flow.steps[0];
  if (!first) throw new Error(`flow "${flow.id}" has no steps`);
  return { step: first, index: 0, notice: "unknown-step" };
}

/** 1-based position of a step in document order, or undefined for an unknown id or an end. */
export function stepNumber(flow: Flow, stepId: string): number | undefined {
  const index = flow.steps.findIndex((step) => step.id === stepId);
  return index >= 0 ? index + 1 : undefined;
}

/** "Steg 3 av 9": the step's position among all steps (branches may skip some). */
export function describeProgress(flow: Flow, stepId: string, strings: FlowStrings): string {
  const number = stepNumber(flow, stepId) ?? 1;
  return fillTemplate(strings.progress, { number, total: flow.steps.length });
}

/**
 * A breadcrumb a customer can paste into a ticket, e.g. `1. Avbryt… → 3. Gå till… → Ja → 7. Gå till…`.
 * `trail` is the steps walked in order, optionally ending in `done` or `escalate`.
 */
export function describeTrail(flow: Flow, trail: string[], strings: FlowStrings): string {
  const byId = indexStepsById(flow);
  const parts: string[] = [];
  let previous: FlowStep | undefined;
  for (const id of trail) {
    const step = byId.get(id);
    const entry = step
      ? `${stepNumber(flow, id)}. ${truncateText(step.text, TRAIL_TEXT_CHARS)}`
      : isFlowEnd(id)
        ? strings[id]
        : undefined;
    if (entry === undefined) continue;
    const answer = previous ? answerBetween(flow, previous, id) : undefined;
    if (answer) parts.push(answer === "yes" ? strings.yes : strings.no);
    parts.push(entry);
    previous = step;
  }
  return parts.join(" → ");
}

/** Reads `step` and `trail` from a query; anything that is not a known step id is thrown away. */
export function parseFlowLocation(flow: Flow, query: FlowQuery): ParsedFlowLocation {
  const first = resolveStep(flow, undefined).step.id;
  const stepParam = readParam(query, "step");
  const trailParam = readParam(query, "trail") ?? "";
  if (stepParam !== undefined && stepParam !== "" && !isKnownPosition(flow, stepParam)) {
    return { location: { step: first, trail: [] }, notice: "unknown-step" };
  }
  const step = stepParam || first;
  if (trailParam === "") return { location: { step, trail: [] } };
  const trail = trailParam.split(",");
  if (trailParam.length > MAX_TRAIL_PARAM_CHARS || !isWalkableTrail(flow, trail, step)) {
    return { location: { step, trail: [] }, notice: "invalid-trail" };
  }
  return { location: { step, trail } };
}

/** The query string of a location, e.g. `step=cause-2.action-1&trail=cause-1,cause-1.action-1`. */
export function serializeFlowLocation(flow: Flow, location: FlowLocation): string {
  for (const id of [location.step, ...location.trail]) {
    if (!isKnownPosition(flow, id)) throw new Error(`"${id}" is not a step of flow "${flow.id}"`);
  }
  // Known ids are `[a-z0-9.-]` only, so they need no escaping and commas stay readable.
  const trail = location.trail.length > 0 ? `&trail=${location.trail.join(",")}` : "";
  return `step=${location.step}${trail}`;
}

/**
 * The address of a location when each step has a page of its own: `pathOf(step)` (the first step at
 * `pathOf(undefined)`, the guided fix's own address), with the trail in the query: `/sv/flows/x/step-3?trail=step-1,step-2`.
 */
export function flowLocationHref(
  flow: Flow,
  location: FlowLocation,
  pathOf: (step: string | undefined) => string,
): string {
  for (const id of [location.step, ...location.trail]) {
    if (!isKnownPosition(flow, id)) throw new Error(`"${id}" is not a step of flow "${flow.id}"`);
  }
  const first = flow.steps[0]?.id;
  const path = pathOf(location.step === first ? undefined : location.step);
  return location.trail.length > 0 ? `${path}?trail=${location.trail.join(",")}` : path;
}

/**
 * The one step that leads to `position`, when exactly one does: a page that does not know how the reader
 * came (a static step page without JavaScript) can still link Back to it. Undefined for the first step and
 * for positions several steps lead to.
 */
export function onlyPredecessorOf(flow: Flow, position: string): string | undefined {
  const from = flow.steps.filter((step) =>
    successorsOf(flow, step).some((choice) => choice.target === position),
  );
  return from.length === 1 ? from[0]?.id : undefined;
}

/** The location after taking `choice` at the current step; at an end nothing moves. */
export function followChoice(location: FlowLocation, choice: FlowChoice): FlowLocation {
  if (isFlowEnd(location.step)) return location;
  return { step: choice.target, trail: [...location.trail, location.step] };
}

/** The location one step back, or unchanged at the start. */
export function goBack(location: FlowLocation): FlowLocation {
  const previous = location.trail.at(-1);
  if (previous === undefined) return location;
  return { step: previous, trail: location.trail.slice(0, -1) };
}

function answerBetween(flow: Flow, from: FlowStep, to: string): "yes" | "no" | undefined {
  const choice = successorsOf(flow, from).find((candidate) => candidate.target === to);
  return choice && choice.label !== "next" ? choice.label : undefined;
}

function isKnownPosition(flow: Flow, id: string): boolean {
  return isFlowEnd(id) || flow.steps.some((step) => step.id === id);
}

/** A trail is kept only if it is a real walk: known steps, each leading to the next, then to `step`. */
function isWalkableTrail(flow: Flow, trail: string[], step: string): boolean {
  if (trail.length > flow.steps.length) return false;
  const byId = indexStepsById(flow);
  const walk = [...trail, step];
  return trail.every((id, index) => {
    const from = byId.get(id);
    const to = walk[index + 1];
    return from !== undefined && successorsOf(flow, from).some((choice) => choice.target === to);
  });
}

function readParam(query: FlowQuery, name: string): string | undefined {
  if (typeof query === "string") return new URLSearchParams(query.replace(/^\?/, "")).get(name) ?? undefined;
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  // Own properties only: a hostile `?constructor=` must not read from the prototype.
  const value = Object.hasOwn(query, name) ? query[name] : undefined;
  return Array.isArray(value) ? value[0] : value;
}
