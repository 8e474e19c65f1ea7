// The flow as a numbered list with every step's full text: the flowchart's text alternative, and the
// printable checklist. Each step keeps its rich text (links in it stay links), but the steps themselves are
// not links: the flowchart's boxes are, and a list of long links is hard to read.
import type { OutlineItemView } from "@/lib/site/flow-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { cn } from "../cn";
import { RichInlineText } from "../rich-text";

interface FlowOutlineListProps {
  items: OutlineItemView[];
  t: UiStrings;
  endLabels: { done: string; escalate: string };
  /** The step shown in the guided view, marked "you are here". */
  current?: string;
  className?: string;
}

export function FlowOutlineList({ items, t, endLabels, current, className }: FlowOutlineListProps) {
  const targetText = (target: string, number?: number) =>
    number ? `${t.step} ${number}` : target === "done" || target === "escalate" ? endLabels[target] : target;
  return (
    <ol className={cn("print-checklist list-decimal space-y-2 ps-6 [overflow-wrap:anywhere]", className)}>
      {items.map((item) => (
        <li
          key={item.id}
          className="step prose-fix"
          aria-current={item.id === current ? "step" : undefined}
          data-step={item.id}
        >
          {/* Marked, not bolded: a whole step of paragraphs and lists in bold is hard to read. */}
          {item.id === current && (
            <span className="no-print me-2 rounded bg-accent px-1.5 text-xs font-semibold text-accent-ink">
              {t.youAreHere}
            </span>
          )}
          <RichInlineText blocks={item.blocks} />
          {item.question && <span className="font-semibold"> {item.question}</span>}
          {item.branches.length > 0 && (
            <ul className="list-disc ps-6 text-sm font-normal">
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
