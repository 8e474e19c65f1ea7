// Text forms of a flow: a nested ordered list (the flowchart's text alternative) and schema.org
// HowTo JSON-LD for search engines.
import type { Flow } from "../schema/entities";
import { isFlowEnd, successorsOf, type FlowChoice } from "./flow-graph";
import { squashWhitespace } from "./wrap-text";

/** Where a step leads, when that is worth saying: an answer, a jump, or an end. */
export interface OutlineBranch {
  answer: FlowChoice["label"];
  /** A step id, `done` or `escalate`. */
  target: string;
  /** 1-based number of the target step; absent for an end or an unknown target. */
  targetNumber?: number;
}

/** One list item: the step, then its branches as a nested list. */
export interface OutlineItem {
  id: string;
  number: number;
  text: string;
  /** The step as written, for rich rendering (links, code), when the step has Markdown. */
  markdown?: string;
  question?: string;
  branches: OutlineBranch[];
}

/**
 * The flow as an ordered list. A step that simply goes on to the following one has no branches;
 * a question lists yes and no, a jump or an end lists its target.
 */
export function outlineFlow(flow: Flow): OutlineItem[] {
  const numbers = new Map<string, number>();
  flow.steps.forEach((step, index) => {
    if (!numbers.has(step.id)) numbers.set(step.id, index + 1);
  });
  return flow.steps.map((step, index) => {
    const following = flow.steps[index + 1]?.id;
    const branches = successorsOf(flow, step)
      .filter((choice) => choice.label !== "next" || choice.target !== following)
      .map((choice) => toBranch(choice, numbers));
    const item: OutlineItem = {
      id: step.id,
      number: index + 1,
      text: squashWhitespace(step.text),
      ...(step.markdown === undefined ? {} : { markdown: step.markdown }),
      branches,
    };
    return step.question === undefined ? item : { ...item, question: step.question };
  });
}

function toBranch(choice: FlowChoice, numbers: Map<string, number>): OutlineBranch {
  const targetNumber = isFlowEnd(choice.target) ? undefined : numbers.get(choice.target);
  const branch: OutlineBranch = { answer: choice.label, target: choice.target };
  return targetNumber === undefined ? branch : { ...branch, targetNumber };
}

/** A schema.org `HowTo`, ready for `<script type="application/ld+json">` after JSON.stringify. */
export interface HowToJsonLd {
  "@context": "https://schema.org";
  "@type": "HowTo";
  name: string;
  description?: string;
  inLanguage: string;
  url: string;
  step: HowToStepJsonLd[];
}

export interface HowToStepJsonLd {
  "@type": "HowToStep";
  position: number;
  url: string;
  text: string;
}

/**
 * The flow as a HowTo; a question is appended to its step. Each step links to `stepUrl(id)` (its own page),
 * by default `url#<step id>` (the step in the list of all steps).
 */
export function toHowToJsonLd(
  flow: Flow,
  url: string,
  stepUrl: (id: string) => string = (id) => `${url}#${id}`,
): HowToJsonLd {
  const description = squashWhitespace(flow.intro);
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: flow.title,
    ...(description === "" ? {} : { description }),
    inLanguage: flow.locale,
    url,
    step: flow.steps.map((step, index) => ({
      "@type": "HowToStep",
      position: index + 1,
      url: stepUrl(step.id),
      text: squashWhitespace(step.question === undefined ? step.text : `${step.text} ${step.question}`),
    })),
  };
}
