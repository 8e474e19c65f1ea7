// "CSV · JSON" links that download one insights table for the period shown.
import type { InsightsTable } from "@/lib/schema/feedback";

export function ExportLinks({ table, from, to }: { table: InsightsTable; from: string; to: string }) {
  const href = (format: "csv" | "json") =>
    `/api/v1/insights?from=${from}&to=${to}&table=${table}&format=${format}`;
  return (
    <span className="text-sm" data-export={table}>
      Export:{" "}
      <a className="text-accent underline" href={href("csv")} download>
        CSV
      </a>{" "}
      ·{" "}
      <a className="text-accent underline" href={href("json")} download>
        JSON
      </a>
    </span>
  );
}
