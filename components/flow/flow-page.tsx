// A whole guided-fix page: where it sits, the current step (the fix, shown once), and behind one disclosure
// every step in full with the flowchart; the printout is the checklist of all steps with its source.
import type { Flow, Locale } from "@/lib/schema/entities";
import type { FlowPageData } from "@/lib/site/flow-view";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { PrintSource } from "../print-source";
import { GuidedFlow, type AfterFix } from "./guided-flow";
import { FlowchartSvg } from "./flowchart-svg";
import { FlowOutlineList } from "./flow-outline-list";

interface FlowPageProps {
  locale: Locale;
  flow: Flow;
  data: FlowPageData;
  intro?: React.ReactNode;
  /** Links offered once the reader says the problem is solved. */
  after?: AfterFix;
  /** The page's canonical address and its content's date, for the printout. */
  source: { url: string; updated?: string };
  /** Feedback controls of the current step (see components/feedback/flow-feedback.tsx). */
  feedback?: React.ReactNode;
}

export function FlowPage({ locale, flow, data, intro, after, source, feedback }: FlowPageProps) {
  const { view, chart, outline } = data;
  const t = getUiStrings(locale);
  const strings = getFlowStrings(locale);
  const endLabels = { done: strings.done, escalate: strings.escalate };
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-semibold text-muted">{t.guidedFix}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{flow.title}</h1>
        {intro}
      </div>
      <div className="no-print">
        <GuidedFlow
          view={view}
          {...(data.guide ? { guide: data.guide } : {})}
          t={t}
          ticket={strings.ticket}
          {...(after ? { after } : {})}
          feedback={feedback}
        />
      </div>
      {outline.length > 1 && (
        <details className="no-print rounded-lg border border-line" data-testid="flow-overview">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold">
            {t.allSteps} ({outline.length})
          </summary>
          <div className="space-y-4 border-t border-line p-4">
            <FlowOutlineList items={outline} t={t} endLabels={endLabels} current={view.position} />
            {chart && (
              <section aria-labelledby="flowchart-heading">
                <h2 id="flowchart-heading" className="text-lg font-bold">
                  {t.flowchart}
                </h2>
                <FlowchartSvg
                  chart={chart}
                  current={view.position}
                  hrefOf={(id) => data.positionHrefs[id] ?? ""}
                  title={`${t.flowchart}: ${flow.title}`}
                />
              </section>
            )}
          </div>
        </details>
      )}
      <FlowOutlineList items={outline} t={t} endLabels={endLabels} className="hidden print:block" />
      <PrintSource
        url={source.url}
        {...(source.updated ? { updated: source.updated } : {})}
        labels={{ source: t.printSource, updated: t.updated, printed: t.printed }}
      />
    </div>
  );
}
