// A small line chart of daily counts, drawn on the server as SVG, with its numbers in words for screen readers.
import { buildTrendChart } from "@/lib/feedback/trend-chart";

interface Series {
  label: string;
  values: readonly number[];
  /** A colour class of the design tokens, e.g. `text-accent`. */
  colour: string;
}

export function TrendChartSvg({
  title,
  series,
  from,
  to,
}: {
  title: string;
  series: Series[];
  from: string;
  to: string;
}) {
  const chart = buildTrendChart(
    series.map((s) => s.values),
    320,
    80,
  );
  const totals = series.map((s) => `${s.label}: ${s.values.reduce((a, b) => a + b, 0)}`).join(", ");
  return (
    <figure className="rounded border border-line p-3">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        className="mt-2 h-20 w-full"
        role="img"
        aria-label={`${title}, ${from} to ${to}, per day. Totals: ${totals}. Highest day: ${chart.max}.`}
        preserveAspectRatio="none"
      >
        <line
          x1="0"
          y1={chart.height - 4}
          x2={chart.width}
          y2={chart.height - 4}
          className="stroke-line"
          strokeWidth="1"
        />
        {chart.lines.map((points, index) => (
          <polyline
            key={series[index]?.label}
            points={points}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
            className={series[index]?.colour}
          />
        ))}
      </svg>
      <p className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted">
        {series.map((s) => (
          <span key={s.label}>
            <span className={`${s.colour} font-bold`}>―</span> {s.label} (
            {s.values.reduce((a, b) => a + b, 0)})
          </span>
        ))}
        <span>max {chart.max}/day</span>
      </p>
    </figure>
  );
}
