// The flow as a nested ordered list: the flowchart's text alternative, and the printable checklist.
import type { OutlineItem } from "@/lib/flows/flow-outline";
import type { UiStrings } from "@/lib/i18n/ui-strings";

export function FlowOutlineList({
  items,
  t,
  hrefOf,
  endLabels,
}: {
  items: OutlineItem[];
  t: UiStrings;
  hrefOf: (id: string) => string;
  endLabels: { done: string; escalate: string };
}) {
  const targetText = (target: string, number?: number) =>
    number ? `${t.step} ${number}` : target === "done" || target === "escalate" ? endLabels[target] : target;
  return (
    <ol className="print-checklist list-decimal space-y-2 pl-6">
      {items.map((item) => (
        <li key={item.id} className="step">
          <a href={hrefOf(item.id)} className="text-accent underline">
            {item.text}
          </a>
          {item.question && <span className="font-semibold"> {item.question}</span>}
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
