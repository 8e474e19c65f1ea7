// The flow as an SVG diagram from coordinates laid out on the server (no layout code in the browser).
// Each step box links to that step; the current step is highlighted. Drawn at its natural size, and
// scaled down to fit a narrower box (a phone); the list beside it carries every step's full text.
import type { Flowchart } from "@/lib/flows/layout-flowchart";
import { FLOWCHART_METRICS } from "@/lib/flows/layout-flowchart";

const NODE_CLASS: Record<string, string> = {
  step: "fill-card stroke-line",
  question: "fill-card stroke-warn",
  done: "fill-card stroke-ok",
  escalate: "fill-card stroke-danger",
};

export function FlowchartSvg({
  chart,
  current,
  hrefOf,
  title,
}: {
  chart: Flowchart;
  current: string;
  hrefOf: (id: string) => string;
  title: string;
}) {
  const { fontSize, lineHeight, paddingY } = FLOWCHART_METRICS;
  return (
    <div className="rounded-lg border border-line p-2">
      <svg
        role="group"
        aria-labelledby="flowchart-title"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
        className="mx-auto block h-auto max-w-full"
      >
        <title id="flowchart-title">{title}</title>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="fill-muted" />
          </marker>
        </defs>
        {chart.edges.map((edge) => (
          <g key={edge.id}>
            <polyline
              points={edge.points.map((p) => `${p.x},${p.y}`).join(" ")}
              fill="none"
              className="stroke-muted"
              strokeWidth="1.5"
              markerEnd="url(#arrow)"
            />
            {edge.label && edge.labelAt && (
              <text
                x={edge.labelAt.x}
                y={edge.labelAt.y}
                textAnchor="middle"
                dominantBaseline="middle"
                fontSize={fontSize - 1}
                className="fill-ink font-semibold"
              >
                {edge.label}
              </text>
            )}
          </g>
        ))}
        {chart.nodes.map((node) => {
          const isCurrent = node.id === current;
          const box = (
            <>
              <title>{node.title}</title>
              <rect
                x={node.x}
                y={node.y}
                width={node.width}
                height={node.height}
                rx={node.kind === "question" ? 14 : 6}
                strokeWidth={isCurrent ? 4 : 1.5}
                className={isCurrent ? "fill-card stroke-accent" : NODE_CLASS[node.kind]}
              />
              {node.lines.map((line, i) => (
                <text
                  key={i}
                  x={node.x + node.width / 2}
                  y={node.y + paddingY + fontSize + i * lineHeight - 3}
                  textAnchor="middle"
                  fontSize={fontSize}
                  className="fill-ink"
                >
                  {line}
                </text>
              ))}
            </>
          );
          return node.kind === "step" || node.kind === "question" ? (
            <a
              key={node.id}
              href={hrefOf(node.id)}
              aria-current={isCurrent ? "step" : undefined}
              data-node={node.id}
            >
              {box}
            </a>
          ) : (
            <g key={node.id} data-node={node.id}>
              {box}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
