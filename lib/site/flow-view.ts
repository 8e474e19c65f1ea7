/** What the guided view shows for one flow at one URL location: the step, its choices as links, progress, trail. */
import type { ErrorEntry, Flow, FlowStep } from "../schema/entities";
import { richBlocksOf, type RichBlock } from "../markdown/parse-rich-text";
import { askBeforeDone } from "../flows/ask-before-done";
import { buildEscalation, type Escalation } from "../flows/build-escalation";
import { getFlowStrings, type FlowStrings } from "../flows/flow-strings";
import { layoutFlowchart, type Flowchart } from "../flows/layout-flowchart";
import { outlineFlow, toHowToJsonLd, type HowToJsonLd, type OutlineItem } from "../flows/flow-outline";
import type { Locale } from "../schema/entities";
import {
  describeProgress,
  describeTrail,
  followChoice,
  goBack,
  isFlowEnd,
  parseFlowLocation,
  resolveStep,
  serializeFlowLocation,
  successorsOf,
  type FlowLocation,
  type FlowQuery,
} from "../flows/walk-flow";

export interface FlowChoiceLink {
  label: "yes" | "no" | "next";
  href: string;
}

export interface FlowView {
  /** Id of the step shown, or `done` / `escalate`. */
  position: string;
  step?: FlowStep;
  blocks: RichBlock[];
  progress: string;
  choices: FlowChoiceLink[];
  backHref?: string;
  startHref: string;
  /** The walk so far, as text for a ticket (empty at the start). */
  trailText: string;
  notice?: "unknown-step" | "invalid-trail";
  escalation?: Escalation;
}

/** `basePath` is the guided view's own path, e.g. `/sv/errors/x/fix`. */
export function buildFlowView(
  authored: Flow,
  query: FlowQuery,
  basePath: string,
  strings: FlowStrings,
  error?: ErrorEntry,
): FlowView {
  const flow = askBeforeDone(authored, strings);
  const parsed = parseFlowLocation(flow, query);
  const location = parsed.location;
  const hrefOf = (next: FlowLocation) => `${basePath}?${serializeFlowLocation(flow, next)}`;
  const first = resolveStep(flow, undefined).step;
  const common = {
    position: location.step,
    startHref: hrefOf({ step: first.id, trail: [] }),
    trailText:
      location.trail.length > 0 ? describeTrail(flow, [...location.trail, location.step], strings) : "",
    ...(location.trail.length > 0 ? { backHref: hrefOf(goBack(location)) } : {}),
    ...(parsed.notice ? { notice: parsed.notice } : {}),
  };
  if (isFlowEnd(location.step)) {
    return {
      ...common,
      blocks: [],
      progress: location.step === "done" ? strings.done : strings.escalate,
      choices: [],
      ...(location.step === "escalate" ? { escalation: buildEscalation(strings, error) } : {}),
    };
  }
  const { step } = resolveStep(flow, location.step);
  return {
    ...common,
    step,
    blocks: richBlocksOf(step.markdown, step.text),
    progress: describeProgress(flow, step.id, strings),
    choices: successorsOf(flow, step).map((choice) => ({
      label: choice.label,
      href: hrefOf(followChoice(location, choice)),
    })),
  };
}

/** An item of the flow as a list (the flowchart's text alternative), with the step as rich text. */
export interface OutlineItemView extends OutlineItem {
  blocks: RichBlock[];
}

/** Everything a guided-fix page shows: the current step, the flowchart, the outline and HowTo data. */
export interface FlowPageData {
  view: FlowView;
  chart: Flowchart;
  outline: OutlineItemView[];
  howTo: HowToJsonLd;
}

/** `origin` makes the HowTo URL absolute; `error` names the error in the escalation advice. */
export function buildFlowPageData(
  authored: Flow,
  query: FlowQuery,
  basePath: string,
  locale: Locale,
  origin: string,
  error?: ErrorEntry,
): FlowPageData {
  const strings = getFlowStrings(locale);
  const flow = askBeforeDone(authored, strings);
  return {
    view: buildFlowView(flow, query, basePath, strings, error),
    chart: layoutFlowchart(flow, { labels: strings }),
    outline: outlineFlow(flow).map((item) => ({ ...item, blocks: richBlocksOf(item.markdown, item.text) })),
    howTo: toHowToJsonLd(flow, `${origin}${basePath}`),
  };
}
