/** What the guided view shows for one flow at one URL location: the step, its choices as links, progress, trail. */
import type { ErrorEntry, Flow, FlowStep, Support } from "../schema/entities";
import { richBlocksOf, type RichBlock } from "../markdown/parse-rich-text";
import { askBeforeDone } from "../flows/ask-before-done";
import { buildEscalation, type Escalation } from "../flows/build-escalation";
import { fillTemplate, getFlowStrings, type FlowStrings } from "../flows/flow-strings";
import { describeTicketWalk } from "../flows/describe-ticket";
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
  /** The walk so far, shortened to a line (empty at the start). */
  trailText: string;
  /** The walk for a support ticket, in full; the page adds its address and the date when copying. */
  ticketWalk: string[];
  notice?: "unknown-step" | "invalid-trail";
  escalation?: Escalation & { collectBlocks: RichBlock[][] };
  /** At `done`: the step the reader said fixed it, to confirm what worked. */
  fixedBy?: { heading: string; blocks: RichBlock[] };
}

/**
 * `basePath` is the guided view's own path, e.g. `/sv/errors/x/fix`; `error` names the error in the ticket
 * and the escalation; `support` is the article's own advice on whom to ask.
 */
export function buildFlowView(
  authored: Flow,
  query: FlowQuery,
  basePath: string,
  strings: FlowStrings,
  error?: ErrorEntry,
  support?: Support,
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
    ticketWalk: describeTicketWalk(flow, [...location.trail, location.step], strings, error),
    ...(location.trail.length > 0 ? { backHref: hrefOf(goBack(location)) } : {}),
    ...(parsed.notice ? { notice: parsed.notice } : {}),
  };
  if (isFlowEnd(location.step)) {
    const last = location.trail.at(-1);
    const fixer = location.step === "done" && last !== undefined ? resolveStep(flow, last).step : undefined;
    const escalation = location.step === "escalate" ? buildEscalation(strings, error, support) : undefined;
    return {
      ...common,
      blocks: [],
      progress: location.step === "done" ? strings.done : strings.escalate,
      choices: [],
      ...(escalation
        ? {
            escalation: {
              ...escalation,
              collectBlocks: escalation.collectMarkdown.map((markdown) => richBlocksOf(markdown, markdown)),
            },
          }
        : {}),
      ...(fixer
        ? {
            fixedBy: {
              heading: fillTemplate(strings.fixedBy, { number: flow.steps.indexOf(fixer) + 1 }),
              blocks: richBlocksOf(fixer.markdown, fixer.text),
            },
          }
        : {}),
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
  /** Absent for a one-step flow: a diagram of one box says nothing the step does not. */
  chart?: Flowchart;
  outline: OutlineItemView[];
  howTo: HowToJsonLd;
}

/** `origin` makes the HowTo URL absolute; `error` and `support` feed the ticket and the escalation advice. */
export function buildFlowPageData(
  authored: Flow,
  query: FlowQuery,
  basePath: string,
  locale: Locale,
  origin: string,
  error?: ErrorEntry,
  support?: Support,
): FlowPageData {
  const strings = getFlowStrings(locale);
  const flow = askBeforeDone(authored, strings);
  return {
    view: buildFlowView(flow, query, basePath, strings, error, support),
    chart: flow.steps.length > 1 ? layoutFlowchart(flow, { labels: strings }) : undefined,
    outline: outlineFlow(flow).map((item) => ({ ...item, blocks: richBlocksOf(item.markdown, item.text) })),
    howTo: toHowToJsonLd(flow, `${origin}${basePath}`),
  };
}
