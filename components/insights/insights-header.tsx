// The top of the insights page: title, the period (a plain GET form), the export of everything, sign-out.
export function InsightsHeader({
  period,
  problem,
}: {
  period: { from: string; to: string };
  problem?: string;
}) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Fixpath insights</h1>
        <form method="post" action="/insights/session">
          <input type="hidden" name="action" value="sign-out" />
          <button type="submit" className="rounded border border-line px-3 py-1 text-sm">
            Sign out
          </button>
        </form>
      </div>
      <form method="get" action="/insights" className="flex flex-wrap items-end gap-3" aria-label="Period">
        <label className="text-sm">
          <span className="block font-semibold">From</span>
          <input
            type="date"
            name="from"
            defaultValue={period.from}
            className="rounded border border-line bg-page px-2 py-1 text-ink"
          />
        </label>
        <label className="text-sm">
          <span className="block font-semibold">To</span>
          <input
            type="date"
            name="to"
            defaultValue={period.to}
            className="rounded border border-line bg-page px-2 py-1 text-ink"
          />
        </label>
        <button type="submit" className="rounded bg-accent px-3 py-1.5 font-semibold text-accent-ink">
          Show
        </button>
        <a
          className="text-sm text-accent underline"
          href={`/api/v1/insights?from=${period.from}&to=${period.to}`}
        >
          Everything as JSON
        </a>
      </form>
      {problem && (
        <p role="alert" className="text-sm text-danger">
          {problem} — showing the last 30 days instead.
        </p>
      )}
    </header>
  );
}
