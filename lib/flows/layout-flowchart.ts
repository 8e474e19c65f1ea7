// Lays out a flow as a flowchart (boxes, arrows, yes/no labels) with dagre, on the server, so the
// portal only draws an SVG from finished coordinates and ships no layout code to the browser.
import { graphlib, layout, type EdgeLabel, type NodeLabel } from "@dagrejs/dagre";
import type { Flow, FlowStep } from "../schema/entities";
import { FLOW_ENDS, indexStepsById, successorsOf, type FlowEnd } from "./flow-graph";
import { enFlowStrings, type FlowStrings } from "./flow-strings";
import { squashWhitespace, truncateText, wrapText } from "./wrap-text";

/**
 * Text metrics the sizes are computed from. Draw labels at `fontSize` px in a font whose average
 * character is at most `charWidth` px wide (any common sans-serif at 13–14 px is), with
 * `lineHeight` px between baselines, inset by the paddings; then no line is cut.
 */
export const FLOWCHART_METRICS = {
  fontSize: 14,
  charWidth: 8,
  lineHeight: 18,
  paddingX: 12,
  paddingY: 10,
  /** Space between boxes in a rank, and between ranks. */
  nodeSeparation: 32,
  rankSeparation: 40,
  margin: 8,
} as const;

/** Characters per label line, and how much of a step's text a box shows before an ellipsis. */
const DEFAULT_LINE_CHARS = 28;
const DEFAULT_MAX_LABEL_CHARS = 90;

/** The words a flowchart shows besides step text; a `FlowStrings` fits. */
export type FlowchartLabels = Pick<FlowStrings, "yes" | "no" | "done" | "escalate">;

export interface FlowchartOptions {
  /** `TB` top to bottom (default), `LR` left to right. */
  direction?: "TB" | "LR";
  /** Longest step text a box shows before it is cut with an ellipsis (the full text is in `title`). */
  maxLabelChars?: number;
  /** Characters per line in a box. */
  lineChars?: number;
  /** Edge and end labels in the page's language (default English). */
  labels?: FlowchartLabels;
}

/** A box. `x`/`y` is its top-left corner; `lines` are drawn one per line; `title` is the full text. */
export interface FlowchartNode {
  id: string;
  kind: "step" | "question" | FlowEnd;
  /** 1-based step number (steps only). */
  number?: number;
  lines: string[];
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FlowchartPoint {
  x: number;
  y: number;
}

/** An arrow along `points`; a yes/no arrow has a `label` centred on `labelAt`. */
export interface FlowchartEdge {
  id: string;
  from: string;
  to: string;
  kind: "yes" | "no" | "next";
  label?: string;
  labelAt?: FlowchartPoint;
  points: FlowchartPoint[];
}

export interface Flowchart {
  direction: "TB" | "LR";
  width: number;
  height: number;
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
}

type Sized = Omit<FlowchartNode, "x" | "y">;

/** The flowchart of `flow`; the same flow and options always give the same coordinates. */
export function layoutFlowchart(flow: Flow, options: FlowchartOptions = {}): Flowchart {
  const direction = options.direction ?? "TB";
  const labels = options.labels ?? enFlowStrings;
  const boxes = sizeNodes(flow, options, labels);
  const graph = new graphlib.Graph<object, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({
    rankdir: direction,
    nodesep: FLOWCHART_METRICS.nodeSeparation,
    ranksep: FLOWCHART_METRICS.rankSeparation,
    marginx: FLOWCHART_METRICS.margin,
    marginy: FLOWCHART_METRICS.margin,
  });
  for (const box of boxes) graph.setNode(box.id, { width: box.width, height: box.height });
  const edges = listEdges(flow, new Set(boxes.map((box) => box.id)), labels);
  for (const edge of edges) graph.setEdge(edge.from, edge.to, sizeEdgeLabel(edge.label), edge.kind);
  layout(graph);

  const size = graph.graph() as { width?: number; height?: number };
  return {
    direction,
    width: round(size.width ?? 0),
    height: round(size.height ?? 0),
    nodes: boxes.map((box) => placeNode(box, graph.node(box.id))),
    edges: edges.map((edge) => placeEdge(edge, graph.edge(edge.from, edge.to, edge.kind))),
  };
}

function sizeNodes(flow: Flow, options: FlowchartOptions, labels: FlowchartLabels): Sized[] {
  const lineChars = options.lineChars ?? DEFAULT_LINE_CHARS;
  const maxChars = options.maxLabelChars ?? DEFAULT_MAX_LABEL_CHARS;
  const steps = [...indexStepsById(flow).values()];
  // Numbers follow document order, as in the guided view's "step 3 of 9".
  const boxes: Sized[] = steps.map((step) =>
    sizeStep(step, flow.steps.indexOf(step) + 1, lineChars, maxChars),
  );
  const usedEnds = new Set(steps.flatMap((step) => successorsOf(flow, step).map((choice) => choice.target)));
  for (const end of FLOW_ENDS) {
    if (!usedEnds.has(end)) continue;
    boxes.push(sizeBox({ id: end, kind: end, lines: wrapText(labels[end], lineChars), title: labels[end] }));
  }
  return boxes;
}

function sizeStep(step: FlowStep, number: number, lineChars: number, maxChars: number): Sized {
  const text = wrapText(`${number}. ${truncateText(step.text, maxChars)}`, lineChars);
  const question =
    step.question === undefined ? [] : wrapText(truncateText(step.question, maxChars), lineChars);
  const title = squashWhitespace(step.question === undefined ? step.text : `${step.text} ${step.question}`);
  const kind = step.question === undefined ? "step" : "question";
  return sizeBox({ id: step.id, kind, number, lines: [...text, ...question], title });
}

function sizeBox(box: Omit<Sized, "width" | "height">): Sized {
  const longest = Math.max(1, ...box.lines.map((line) => line.length));
  const { charWidth, lineHeight, paddingX, paddingY } = FLOWCHART_METRICS;
  return {
    ...box,
    width: longest * charWidth + 2 * paddingX,
    height: Math.max(1, box.lines.length) * lineHeight + 2 * paddingY,
  };
}

interface PlannedEdge {
  from: string;
  to: string;
  kind: FlowchartEdge["kind"];
  label?: string;
}

/** Edges between drawn boxes; one that dangles (a content error) is left out rather than invented. */
function listEdges(flow: Flow, drawn: Set<string>, labels: Pick<FlowStrings, "yes" | "no">): PlannedEdge[] {
  return [...indexStepsById(flow).values()].flatMap((step) =>
    successorsOf(flow, step)
      .filter((choice) => drawn.has(choice.target))
      .map((choice) => ({
        from: step.id,
        to: choice.target,
        kind: choice.label,
        label: choice.label === "next" ? undefined : labels[choice.label],
      })),
  );
}

function sizeEdgeLabel(label: string | undefined): EdgeLabel {
  if (label === undefined) return {};
  const { charWidth, lineHeight } = FLOWCHART_METRICS;
  return { width: label.length * charWidth + 8, height: lineHeight, labelpos: "c" };
}

function placeNode(box: Sized, placed: NodeLabel): FlowchartNode {
  // dagre gives centres; a top-left corner is what an SVG <rect> wants.
  return { ...box, x: round((placed.x ?? 0) - box.width / 2), y: round((placed.y ?? 0) - box.height / 2) };
}

function placeEdge(edge: PlannedEdge, placed: EdgeLabel): FlowchartEdge {
  const points = (placed.points ?? []).map((point) => ({ x: round(point.x), y: round(point.y) }));
  const base = {
    id: `${edge.from}->${edge.to}:${edge.kind}`,
    from: edge.from,
    to: edge.to,
    kind: edge.kind,
    points,
  };
  if (edge.label === undefined || placed.x === undefined || placed.y === undefined) return base;
  return { ...base, label: edge.label, labelAt: { x: round(placed.x), y: round(placed.y) } };
}

/** One decimal is finer than a pixel and keeps the output byte-stable. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
