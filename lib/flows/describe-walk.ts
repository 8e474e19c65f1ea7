/**
 * The parts of a guided-fix step that depend on how the reader got there: where each answer leads (carrying
 * the walk on), Back, Start over, the answers so far as a line and as a support ticket. Pure and small, so the
 * server computes them for a page and the browser recomputes them for the trail in a static step page's URL.
 */
import type { Flow } from "../schema/entities";
import { describeTicketWalk, type TicketError } from "./describe-ticket";
import type { FlowStrings } from "./flow-strings";
import {
  describeTrail,
  followChoice,
  goBack,
  isFlowEnd,
  onlyPredecessorOf,
  parseFlowLocation,
  resolveStep,
  successorsOf,
  type FlowLocation,
} from "./walk-flow";

export interface FlowChoiceLink {
  label: "yes" | "no" | "next";
  href: string;
}

/** The walk-dependent part of a guided view. */
export interface WalkView {
  choices: FlowChoiceLink[];
  /** The previous step: the trail's last, else the one step leading here; absent at the start. */
  backHref?: string;
  startHref: string;
  /** The walk so far, shortened to a line (empty at the start). */
  trailText: string;
  /** The walk for a support ticket, in full; the page adds its address and the date when copying. */
  ticketWalk: string[];
}

/**
 * `flow` is the flow as walked (after `askBeforeDone`); `hrefOf` writes a location as a link. Without a
 * trail, Back goes to the only step that leads here, when there is one (the browser's Back otherwise).
 */
export function describeWalk(
  flow: Flow,
  location: FlowLocation,
  hrefOf: (location: FlowLocation) => string,
  strings: FlowStrings,
  error?: TicketError,
): WalkView {
  const first = resolveStep(flow, undefined).step;
  const previous = location.trail.length > 0 ? goBack(location) : undefined;
  const only = previous ? undefined : onlyPredecessorOf(flow, location.step);
  const backTo = previous ?? (only !== undefined ? { step: only, trail: [] } : undefined);
  const walk = [...location.trail, location.step];
  const step = isFlowEnd(location.step) ? undefined : resolveStep(flow, location.step).step;
  return {
    choices: step
      ? successorsOf(flow, step).map((choice) => ({
          label: choice.label,
          href: hrefOf(followChoice(location, choice)),
        }))
      : [],
    ...(backTo ? { backHref: hrefOf(backTo) } : {}),
    startHref: hrefOf({ step: first.id, trail: [] }),
    trailText: location.trail.length > 0 ? describeTrail(flow, walk, strings) : "",
    ticketWalk: describeTicketWalk(flow, walk, strings, error),
  };
}

/**
 * The walk of a static step page at `position` with the `trail` its URL carries (`step-1,step-2`), or
 * undefined when the trail is empty or not a real walk to this position (then the page stays as built).
 */
export function describeWalkFromTrail(
  flow: Flow,
  position: string,
  trail: string,
  hrefOf: (location: FlowLocation) => string,
  strings: FlowStrings,
  error?: TicketError,
): WalkView | undefined {
  if (trail === "") return undefined;
  const parsed = parseFlowLocation(flow, { step: position, trail });
  if (parsed.notice || parsed.location.step !== position) return undefined;
  return describeWalk(flow, parsed.location, hrefOf, strings, error);
}
