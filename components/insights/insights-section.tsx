// One section of the insights page: a heading, its export links, and its table (or a line saying it is empty).
import type { InsightsTable } from "@/lib/schema/feedback";
import { ExportLinks } from "./export-links";

interface InsightsSectionProps {
  id: InsightsTable;
  title: string;
  description: string;
  period: { from: string; to: string };
  empty: boolean;
  children: React.ReactNode;
}

export function InsightsSection({ id, title, description, period, empty, children }: InsightsSectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2" data-insights={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-xl font-bold">
          {title}
        </h2>
        <ExportLinks table={id} {...period} />
      </div>
      <p className="text-sm text-muted">{description}</p>
      {empty ? (
        <p className="rounded bg-card px-3 py-2 text-sm">Nothing in this period.</p>
      ) : (
        <div className="overflow-x-auto">{children}</div>
      )}
    </section>
  );
}

/** A table with the design's borders; `head` are the column names. */
export function InsightsTableView({
  head,
  children,
  numeric = [],
}: {
  head: string[];
  children: React.ReactNode;
  numeric?: number[];
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr>
          {head.map((name, index) => (
            <th
              key={name}
              scope="col"
              className={`border-b border-line px-2 py-1 ${numeric.includes(index) ? "text-right" : "text-left"}`}
            >
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export const cell = "border-b border-line px-2 py-1 align-top";
export const numberCell = `${cell} text-right tabular-nums`;
