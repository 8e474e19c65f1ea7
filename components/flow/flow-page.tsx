// A whole guided-fix page: the current step, the flowchart with that step highlighted, and the flow as a list.
import type { Flow, Locale } from "@/lib/schema/entities";
import type { FlowPageData } from "@/lib/site/flow-view";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { GuidedFlow } from "./guided-flow";
import { FlowchartSvg } from "./flowchart-svg";
import { FlowOutlineList } from "./flow-outline-list";

interface FlowPageProps {
  locale: Locale;
  flow: Flow;
  data: FlowPageData;
  basePath: string;
  intro?: React.ReactNode;
  /** Feedback controls of the current step (see components/feedback/flow-feedback.tsx). */
  feedback?: React.ReactNode;
}

export function FlowPage({ locale, flow, data, basePath, intro, feedback }: FlowPageProps) {
  const { view, chart, outline } = data;
  const t = getUiStrings(locale);
  const strings = getFlowStrings(locale);
  const hrefOf = (id: string) => `${basePath}?step=${id}`;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm font-semibold text-muted">{t.guidedFix}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{flow.title}</h1>
        {intro}
      </div>
      <div className="no-print">
        <GuidedFlow view={view} t={t} doneText={strings.done} feedback={feedback} />
      </div>
      <section aria-labelledby="flowchart-heading" className="no-print">
        <h2 id="flowchart-heading" className="text-lg font-bold">
          {t.flowchart}
        </h2>
        <FlowchartSvg
          chart={chart}
          current={view.position}
          hrefOf={hrefOf}
          title={`${t.flowchart}: ${flow.title}`}
        />
      </section>
      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading" className="text-lg font-bold">
          {t.flowOutline}
        </h2>
        <FlowOutlineList
          items={outline}
          t={t}
          hrefOf={hrefOf}
          endLabels={{ done: strings.done, escalate: strings.escalate }}
        />
      </section>
    </div>
  );
}
