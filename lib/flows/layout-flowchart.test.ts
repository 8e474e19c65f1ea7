import { describe, expect, it } from "vitest";
import type { Flow } from "../schema/entities";
import { buildErrorFlow } from "./build-error-flow";
import { enFlowStrings, svFlowStrings } from "./flow-strings";
import { procedureOf, restoreFlow, stepAt, threeCauseError } from "./flow-test-fixtures";
import { FLOWCHART_METRICS, layoutFlowchart, type Flowchart } from "./layout-flowchart";

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxesOf(chart: Flowchart): Box[] {
  const nodes = chart.nodes.map((node) => ({ name: node.id, ...node }));
  const labels = chart.edges.flatMap((edge) =>
    edge.label && edge.labelAt
      ? [
          {
            name: `label of ${edge.id}`,
            x: edge.labelAt.x - (edge.label.length * FLOWCHART_METRICS.charWidth) / 2,
            y: edge.labelAt.y - FLOWCHART_METRICS.lineHeight / 2,
            width: edge.label.length * FLOWCHART_METRICS.charWidth,
            height: FLOWCHART_METRICS.lineHeight,
          },
        ]
      : [],
  );
  return [...nodes, ...labels];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function overlappingPairs(chart: Flowchart): string[] {
  const boxes = boxesOf(chart);
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => overlaps(a, b))
      .map((b) => `${a.name} × ${b.name}`),
  );
}

const longText = "Gå till Enhetshanteraren och leta upp ".repeat(8).trim();
const derivedFlow = buildErrorFlow(threeCauseError, enFlowStrings);
const longFlow: Flow = procedureOf("long", [
  stepAt(1, { id: "step-1", text: longText, question: "Hittade du den?", yes: "done", no: "step-2" }),
  stepAt(2, { id: "step-2", text: "Supercalifragilisticexpialidocious-and-then-some-more-text" }),
]);

describe.each([
  ["the restore procedure", restoreFlow],
  ["a derived three-cause flow", derivedFlow],
  ["a flow with long texts", longFlow],
])("layoutFlowchart on %s", (_name, flow) => {
  it.each(["TB", "LR"] as const)("places no box on another (%s)", (direction) => {
    expect(overlappingPairs(layoutFlowchart(flow, { direction }))).toEqual([]);
  });

  it("draws every step once, and the ends the flow reaches", () => {
    const chart = layoutFlowchart(flow);
    const steps = chart.nodes.filter((node) => node.kind === "step" || node.kind === "question");
    expect(steps.map((node) => node.id)).toEqual(flow.steps.map((step) => step.id));
  });

  it("gives every edge a path that starts and ends on its boxes", () => {
    const chart = layoutFlowchart(flow);
    const byId = new Map(chart.nodes.map((node) => [node.id, node]));
    for (const edge of chart.edges) {
      expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      const first = edge.points[0]!;
      const last = edge.points.at(-1)!;
      expect(first.x).toBeGreaterThanOrEqual(from.x - 0.5);
      expect(first.x).toBeLessThanOrEqual(from.x + from.width + 0.5);
      expect(last.y).toBeGreaterThanOrEqual(to.y - 0.5);
      expect(last.y).toBeLessThanOrEqual(to.y + to.height + 0.5);
    }
  });

  it("makes every box wide and tall enough for its lines", () => {
    const { charWidth, lineHeight, paddingX, paddingY } = FLOWCHART_METRICS;
    for (const node of layoutFlowchart(flow).nodes) {
      const longest = Math.max(...node.lines.map((line) => line.length));
      expect(node.width, node.id).toBeGreaterThanOrEqual(longest * charWidth + 2 * paddingX);
      expect(node.height, node.id).toBeGreaterThanOrEqual(node.lines.length * lineHeight + 2 * paddingY);
    }
  });

  it("fits the whole chart in its width and height", () => {
    const chart = layoutFlowchart(flow);
    for (const node of chart.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(chart.width + 0.5);
      expect(node.y + node.height).toBeLessThanOrEqual(chart.height + 0.5);
    }
  });

  it("gives the same output for the same input", () => {
    expect(JSON.stringify(layoutFlowchart(flow, { direction: "LR" }))).toBe(
      JSON.stringify(layoutFlowchart(structuredClone(flow), { direction: "LR" })),
    );
  });
});

describe("the overlap check", () => {
  it("catches two boxes that share an area, and not two that touch", () => {
    const box = { name: "a", x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(box, { ...box, name: "b", x: 9, y: 9 })).toBe(true);
    expect(overlaps(box, { ...box, name: "b", x: 10 })).toBe(false);
  });
});

describe("layoutFlowchart labels", () => {
  it("labels the step-3 branch and draws the done end", () => {
    const chart = layoutFlowchart(restoreFlow, { labels: svFlowStrings });
    const branch = chart.edges.filter((edge) => edge.from === "step-3");
    expect(branch.map((edge) => [edge.to, edge.label])).toEqual([
      ["step-7", "Ja"],
      ["step-4", "Nej"],
    ]);
    expect(chart.edges.find((edge) => edge.from === "step-1")?.label).toBeUndefined();
    expect(chart.nodes.filter((node) => node.kind === "done" || node.kind === "escalate")).toMatchObject([
      { id: "done", lines: ["Problemet är löst"] },
    ]);
  });

  it("draws both ends of a derived flow, with English labels by default", () => {
    const chart = layoutFlowchart(derivedFlow);
    expect(chart.nodes.slice(-2).map((node) => [node.id, node.title])).toEqual([
      ["done", "Problem solved"],
      ["escalate", "Contact support"],
    ]);
    expect(new Set(chart.edges.map((edge) => edge.label))).toEqual(new Set(["Yes", "No"]));
  });

  it("numbers steps, wraps them, shortens long text with an ellipsis and keeps it whole in the title", () => {
    const node = layoutFlowchart(longFlow, { maxLabelChars: 60 }).nodes[0]!;
    expect(node.lines[0]).toMatch(/^1\. Gå till/);
    expect(node.lines.every((line) => line.length <= 28)).toBe(true);
    expect(node.lines.join(" ")).toContain("…");
    expect(node.lines.at(-1)).toBe("Hittade du den?");
    expect(node.title).toBe(`${longText} Hittade du den?`);
  });

  it("leaves out an edge to a missing step instead of inventing a box", () => {
    const broken = procedureOf("broken", [stepAt(1, { id: "step-1", text: "a", next: "nowhere" })]);
    const chart = layoutFlowchart(broken);
    expect(chart.nodes.map((node) => node.id)).toEqual(["step-1"]);
    expect(chart.edges).toEqual([]);
  });
});
