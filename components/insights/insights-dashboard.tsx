// The insights page for one period: trends, knowledge gaps, zero-result searches, fixes that fail, comments
// and guided-fix drop-off, each table with its CSV/JSON export. Given data only.
import type { Insights } from "@/lib/schema/feedback";
import type { InsightsLabels } from "@/lib/feedback/insights-labels";
import { errorFixPath, errorPath, flowPath, searchPath } from "@/lib/site/urls";
import { DEFAULT_LOCALE } from "@/lib/i18n/negotiate-locale";
import type { Locale } from "@/lib/schema/entities";
import { TrendChartSvg } from "./trend-chart-svg";
import { InsightsSection, InsightsTableView, cell, numberCell } from "./insights-section";

const percent = (value: number) => `${Math.round(value * 100)} %`;
const asLocale = (locale: string) => (locale || DEFAULT_LOCALE) as Locale;

export function InsightsDashboard({ insights, labels }: { insights: Insights; labels: InsightsLabels }) {
  const period = { from: insights.from, to: insights.to };
  const trend = insights.trend;
  const errorLink = (errorId: string) => {
    const error = labels.errors[errorId];
    return error ? (
      <a className="text-accent underline" href={errorPath(asLocale(error.locale), errorId)}>
        {error.title}
      </a>
    ) : (
      <code>{errorId}</code>
    );
  };
  return (
    <div className="space-y-8">
      <div className="grid gap-3 sm:grid-cols-2" data-insights="trend">
        <TrendChartSvg
          title="Searches"
          {...period}
          series={[
            { label: "searches", values: trend.map((d) => d.searches), colour: "text-accent" },
            { label: "found nothing", values: trend.map((d) => d.zeroResults), colour: "text-warn" },
          ]}
        />
        <TrendChartSvg
          title="Did it fix it?"
          {...period}
          series={[
            { label: "yes", values: trend.map((d) => d.fixed), colour: "text-ok" },
            { label: "no", values: trend.map((d) => d.notFixed), colour: "text-danger" },
            { label: "escalated", values: trend.map((d) => d.escalations), colour: "text-warn" },
          ]}
        />
      </div>

      <InsightsSection
        id="gaps"
        title="Knowledge gaps: unknown codes"
        description="Codes people searched for that no error has, every spelling counted as one code."
        period={period}
        empty={insights.gaps.length === 0}
      >
        <InsightsTableView head={["Code", "Normalised", "Searches", ""]} numeric={[2]}>
          {insights.gaps.map((gap) => (
            <tr key={gap.normalized}>
              <td className={cell}>
                <code>{gap.code}</code>
              </td>
              <td className={cell}>
                <code>{gap.normalized}</code>
              </td>
              <td className={numberCell}>{gap.searches}</td>
              <td className={cell}>
                <a className="text-accent underline" href={searchPath(asLocale(gap.locale), gap.code)}>
                  Search
                </a>
              </td>
            </tr>
          ))}
        </InsightsTableView>
      </InsightsSection>

      <InsightsSection
        id="zeroResults"
        title="Searches that found nothing"
        description="In their privacy-safe form: addresses, paths and numbers that are not codes are masked."
        period={period}
        empty={insights.zeroResults.length === 0}
      >
        <InsightsTableView head={["Query", "Count", ""]} numeric={[1]}>
          {insights.zeroResults.map((row) => (
            <tr key={row.query}>
              <td className={`${cell} break-all`}>{row.query || "(no words kept)"}</td>
              <td className={numberCell}>{row.count}</td>
              <td className={cell}>
                <a className="text-accent underline" href={searchPath(asLocale(row.locale), row.query)}>
                  Search
                </a>
              </td>
            </tr>
          ))}
        </InsightsTableView>
      </InsightsSection>

      <InsightsSection
        id="causes"
        title="Fixes that fail"
        description="Yes/No answers per cause, worst first by the lower bound of the 95 % Wilson interval of the success rate."
        period={period}
        empty={insights.causes.length === 0}
      >
        <InsightsTableView head={["Error", "Cause", "Yes", "No", "Success at least"]} numeric={[2, 3, 4]}>
          {insights.causes.map((row) => (
            <tr key={`${row.errorId}/${row.causeId}`}>
              <td className={cell}>{errorLink(row.errorId)}</td>
              <td className={cell}>
                {row.causeId
                  ? (labels.causes[`${row.errorId}\n${row.causeId}`] ?? <code>{row.causeId}</code>)
                  : "(the error)"}
              </td>
              <td className={numberCell}>{row.fixed}</td>
              <td className={numberCell}>{row.notFixed}</td>
              <td className={numberCell}>{percent(row.wilsonLower)}</td>
            </tr>
          ))}
        </InsightsTableView>
      </InsightsSection>

      <InsightsSection
        id="comments"
        title="Comments after a No"
        description="Newest first; comments that look like spam are left out."
        period={period}
        empty={insights.comments.length === 0}
      >
        <ul className="space-y-2">
          {insights.comments.map((comment, index) => (
            <li key={`${comment.day}-${index}`} className="rounded border border-line p-2 text-sm">
              <p className="text-muted">
                {comment.day} · {comment.errorId ? errorLink(comment.errorId) : <code>{comment.flowId}</code>}
                {comment.causeId && comment.errorId && (
                  <> · {labels.causes[`${comment.errorId}\n${comment.causeId}`] ?? comment.causeId}</>
                )}
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{comment.text}</p>
            </li>
          ))}
        </ul>
      </InsightsSection>

      <InsightsSection
        id="flows"
        title="Guided fixes: where readers leave"
        description="Per step, readers who reached it and readers for whom it was the last step they saw."
        period={period}
        empty={insights.flows.length === 0}
      >
        <div className="space-y-5">
          {insights.flows.map((flow) => {
            const label = labels.flows[flow.flowId];
            const locale = asLocale(label?.locale ?? "");
            const href = flow.errorId ? errorFixPath(locale, flow.errorId) : flowPath(locale, flow.flowId);
            const top = Math.max(1, ...flow.steps.map((s) => s.reached));
            return (
              <div key={`${flow.errorId}/${flow.flowId}`} data-flow={flow.flowId}>
                <h3 className="font-semibold">
                  <a className="text-accent underline" href={href}>
                    {label?.title ?? flow.flowId}
                  </a>{" "}
                  <span className="text-sm font-normal text-muted">
                    · solved {flow.done} · escalated {flow.escalations}
                  </span>
                </h3>
                <InsightsTableView head={["Step", "Reached", "Left here", ""]} numeric={[1, 2]}>
                  {flow.steps.map((step) => (
                    <tr key={step.stepId}>
                      <td className={cell}>
                        {labels.steps[`${flow.flowId}\n${step.stepId}`] ?? <code>{step.stepId}</code>}
                      </td>
                      <td className={numberCell}>{step.reached}</td>
                      <td className={numberCell}>{step.left}</td>
                      <td className={`${cell} w-1/4 min-w-20`}>
                        {/* An SVG bar: a style attribute would need 'unsafe-inline' in the CSP. */}
                        <svg
                          aria-hidden="true"
                          viewBox="0 0 100 8"
                          preserveAspectRatio="none"
                          className="h-2 w-full"
                        >
                          <rect
                            width={Math.round((step.reached / top) * 100)}
                            height="8"
                            rx="2"
                            className="fill-accent"
                          />
                        </svg>
                      </td>
                    </tr>
                  ))}
                </InsightsTableView>
              </div>
            );
          })}
        </div>
      </InsightsSection>
    </div>
  );
}
