// A guided fix inside an embed: the title and the one-step-at-a-time view, its links kept inside /embed.
import type { Flow, Locale } from "@/lib/schema/entities";
import type { FlowView } from "@/lib/site/flow-view";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { GuidedFlow } from "../flow/guided-flow";

export function EmbedFlow({
  locale,
  flow,
  view,
  compact,
  feedback,
}: {
  locale: Locale;
  flow: Flow;
  view: FlowView;
  compact: boolean;
  /** Feedback controls of the current step, unless the embed turned them off. */
  feedback?: React.ReactNode;
}) {
  const t = getUiStrings(locale);
  return (
    <div className={compact ? "space-y-2" : "space-y-3"}>
      <div>
        <p className="text-sm font-semibold text-muted">{t.guidedFix}</p>
        <h1 className={compact ? "text-lg font-bold" : "text-xl font-bold"}>{flow.title}</h1>
      </div>
      <GuidedFlow view={view} t={t} ticket={getFlowStrings(locale).ticket} feedback={feedback} />
    </div>
  );
}
