/** What the guided view shows for one flow at one URL location: the step, its choices as links, progress, trail. */
import type { ErrorEntry, Flow, FlowStep, Support } from "../schema/entities";
import { richBlocksOf, type LinkBase, type RichBlock } from "../markdown/parse-rich-text";
import { askBeforeDone } from "../flows/ask-before-done";
import { buildEscalation, type Escalation } from "../flows/build-escalation";
import { fillTemplate, getFlowStrings, type FlowStrings } from "../flows/flow-strings";
import { describeWalk, type FlowChoiceLink, type WalkView } from "../flows/describe-walk";
import type { TicketError } from "../flows/describe-ticket";
import { layoutFlowchart, type Flowchart } from "../flows/layout-flowchart";
import { outlineFlow, toHowToJsonLd, type HowToJsonLd, type OutlineItem } from "../flows/flow-outline";
import type { Locale } from "../schema/entities";
import { FLOW_ENDS } from "../flows/flow-graph";
import { articlePath } from "./urls";
import {
  describeProgress,
  flowLocationHref,
  isFlowEnd,
  parseFlowLocation,
  resolveStep,
  serializeFlowLocation,
  successorsOf,
  type FlowLocation,
  type FlowQuery,
} from "../flows/walk-flow";

export type { FlowChoiceLink };

/**
 * How a guided view writes positions into links: a path alone puts them in its query (`?step=x&trail=…`, the
 * embeds, rendered per request); `pathOf` gives each step a page of its own (`pathOf(undefined)` is the
 * first step's, the guided fix's own address) with only the trail in the query.
 */
export type FlowAddress = string | { basePath: string; pathOf: (step: string | undefined) => string };

/** The link to a location at an address. */
export function flowHrefAt(flow: Flow, address: FlowAddress): (location: FlowLocation) => string {
  if (typeof address === "string") return (location) => `${address}?${serializeFlowLocation(flow, location)}`;
  return (location) => flowLocationHref(flow, location, address.pathOf);
}

/** The step the reader said fixed it: "What fixed it (step 2)" and that step's text. */
export interface FixedBy {
  heading: string;
  blocks: RichBlock[];
}

export interface FlowView extends WalkView {
  /** Id of the step shown, or `done` / `escalate`. */
  position: string;
  step?: FlowStep;
  blocks: RichBlock[];
  progress: string;
  notice?: "unknown-step" | "invalid-trail";
  escalation?: Escalation & { collectBlocks: RichBlock[][] };
  /** At `done`: the step the reader said fixed it, to confirm what worked. */
  fixedBy?: FixedBy;
  /**
   * At `done` without a trail (a static page): what each step leading here would confirm, by step id; the
   * browser shows the one its URL's trail ends in.
   */
  fixedByOptions?: Record<string, FixedBy>;
}

/**
 * `address` says how positions are linked (e.g. `/sv/errors/x/fix`); `error` names the error in the ticket
 * and the escalation; `support` is the article's own advice on whom to ask.
 */
export function buildFlowView(
  authored: Flow,
  query: FlowQuery,
  address: FlowAddress,
  strings: FlowStrings,
  error?: ErrorEntry,
  support?: Support,
): FlowView {
  const flow = askBeforeDone(authored, strings);
  const links = flowLinkBase(flow);
  const parsed = parseFlowLocation(flow, query);
  const location = parsed.location;
  const common = {
    position: location.step,
    ...describeWalk(flow, location, flowHrefAt(flow, address), strings, error),
    ...(parsed.notice ? { notice: parsed.notice } : {}),
  };
  if (isFlowEnd(location.step)) {
    const last = location.trail.at(-1);
    const fixer = location.step === "done" && last !== undefined ? resolveStep(flow, last).step : undefined;
    const describeFixer = (step: FlowStep): FixedBy => ({
      heading: fillTemplate(strings.fixedBy, { number: flow.steps.indexOf(step) + 1 }),
      blocks: richBlocksOf(step.markdown, step.text, links),
    });
    const fixers =
      location.step === "done" && last === undefined
        ? flow.steps.filter((step) => successorsOf(flow, step).some((choice) => choice.target === "done"))
        : [];
    const escalation = location.step === "escalate" ? buildEscalation(strings, error, support) : undefined;
    return {
      ...common,
      blocks: [],
      progress: location.step === "done" ? strings.done : strings.escalate,
      ...(escalation
        ? {
            escalation: {
              ...escalation,
              collectBlocks: escalation.collectMarkdown.map((markdown) =>
                richBlocksOf(markdown, markdown, links),
              ),
            },
          }
        : {}),
      ...(fixer ? { fixedBy: describeFixer(fixer) } : {}),
      ...(fixers.length > 0
        ? { fixedByOptions: Object.fromEntries(fixers.map((step) => [step.id, describeFixer(step)])) }
        : {}),
    };
  }
  const { step } = resolveStep(flow, location.step);
  return {
    ...common,
    step,
    blocks: richBlocksOf(step.markdown, step.text, links),
    progress: describeProgress(flow, step.id, strings),
  };
}

/** A step's `#section` links point into the flow's article: a guided-fix page has none of its sections. */
function flowLinkBase(flow: Flow): LinkBase {
  return { anchorBase: articlePath(flow.locale, flow.article) };
}

/** An item of the flow as a list (the flowchart's text alternative), with the step as rich text. */
export interface OutlineItemView extends OutlineItem {
  blocks: RichBlock[];
}

/**
 * What the browser needs to redo the walk of a static step page from the trail in its URL
 * (components/flow/flow-controls.tsx): the flow's graph and texts without its Markdown, the flow texts of
 * its locale, the error for the ticket, and the address of every position.
 */
export interface WalkGuide {
  flow: Flow;
  strings: FlowStrings;
  error?: TicketError;
  /** Position (step id, `done`, `escalate`) → its address, the first step's being the guided fix's own. */
  paths: Record<string, string>;
}

/** Everything a guided-fix page shows: the current step, the flowchart, the outline and HowTo data. */
export interface FlowPageData {
  view: FlowView;
  /** Present when each step has a page of its own: the trail in the URL is then followed in the browser. */
  guide?: WalkGuide;
  /** The address of each position at its empty trail (flowchart nodes link there). */
  positionHrefs: Record<string, string>;
  /** Absent for a one-step flow: a diagram of one box says nothing the step does not. */
  chart?: Flowchart;
  outline: OutlineItemView[];
  howTo: HowToJsonLd;
}

/** `origin` makes the HowTo URL absolute; `error` and `support` feed the ticket and the escalation advice. */
export function buildFlowPageData(
  authored: Flow,
  query: FlowQuery,
  address: FlowAddress,
  locale: Locale,
  origin: string,
  error?: ErrorEntry,
  support?: Support,
): FlowPageData {
  const strings = getFlowStrings(locale);
  const flow = askBeforeDone(authored, strings);
  const basePath = typeof address === "string" ? address : address.basePath;
  const hrefOf = flowHrefAt(flow, address);
  const positions = [...flow.steps.map((step) => step.id), ...FLOW_ENDS];
  const positionHrefs = Object.fromEntries(positions.map((id) => [id, hrefOf({ step: id, trail: [] })]));
  return {
    view: buildFlowView(flow, query, address, strings, error, support),
    ...(typeof address === "string" ? {} : { guide: buildWalkGuide(flow, strings, positionHrefs, error) }),
    positionHrefs,
    chart: flow.steps.length > 1 ? layoutFlowchart(flow, { labels: strings }) : undefined,
    outline: outlineFlow(flow).map((item) => ({
      ...item,
      blocks: richBlocksOf(item.markdown, item.text, flowLinkBase(flow)),
    })),
    howTo: toHowToJsonLd(
      flow,
      `${origin}${basePath}`,
      typeof address === "string" ? undefined : (id) => `${origin}${positionHrefs[id] ?? basePath}`,
    ),
  };
}

/** Every position of a flow as walked (its steps, with any question `askBeforeDone` adds, and both ends). */
export function flowPositions(authored: Flow, strings: FlowStrings): string[] {
  return [...askBeforeDone(authored, strings).steps.map((step) => step.id), ...FLOW_ENDS];
}

/** The walk guide of a flow as walked: its steps without Markdown, sources or commands (the page shows those). */
function buildWalkGuide(
  flow: Flow,
  strings: FlowStrings,
  paths: Record<string, string>,
  error?: ErrorEntry,
): WalkGuide {
  const steps = flow.steps.map(({ id, text, question, next, yes, no }) => ({
    id,
    text,
    commands: [],
    ...(question !== undefined ? { question } : {}),
    ...(next !== undefined ? { next } : {}),
    ...(yes !== undefined ? { yes } : {}),
    ...(no !== undefined ? { no } : {}),
  }));
  const { id, locale, article, title, kind, source } = flow;
  return {
    flow: { id, locale, article, title, kind, intro: "", steps, source },
    strings,
    ...(error ? { error: { codes: error.codes, message: error.message, title: error.title } } : {}),
    paths,
  };
}
