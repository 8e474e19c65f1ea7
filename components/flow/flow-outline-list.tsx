// The flow as a list: the flowchart's text alternative, and the printable checklist. Each step keeps its rich
// text (links stay links), and its number links to that step of the guided view.
import type { OutlineItemView } from "@/lib/site/flow-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { RichText } from "../rich-text";

export function FlowOutlineList({
  items,
  t,
  hrefOf,
  endLabels,
}: {
  items: OutlineItemView[];
  t: UiStrings;
  hrefOf: (id: string) => string;
  endLabels: { done: string; escalate: string };
}) {
  const targetText = (target: string, number?: number) =>
    number ? `${t.step} ${number}` : target === "done" || target === "escalate" ? endLabels[target] : target;
  return (
    <ol className="print-checklist space-y-3">
      {items.map((item) => (
        <li key={item.id} className="step">
          <a href={hrefOf(item.id)} className="text-sm font-semibold text-accent underline">
            {t.step} {item.number}
          </a>
          <div className="prose-fix">
            <RichText blocks={item.blocks} headingLevel={4} />
          </div>
          {item.question && <p className="font-semibold">{item.question}</p>}
          {item.branches.length > 0 && (
            <ul className="list-disc pl-6 text-sm">
              {item.branches.map((branch) => (
                <li key={`${branch.answer}-${branch.target}`}>
                  {t[branch.answer]} → {targetText(branch.target, branch.targetNumber)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
