// The steps of one or more actions as one numbered list; printed as a checklist.
import type { ActionView } from "@/lib/site/error-view";
import { RichText } from "../rich-text";

export function ActionSteps({ actions }: { actions: ActionView[] }) {
  const steps = actions.flatMap((action) =>
    action.steps.map((step, i) => ({ key: `${action.id}-${i}`, step })),
  );
  if (steps.length === 0) return null;
  return (
    <ol className="print-checklist prose-fix list-decimal space-y-2 pl-6">
      {steps.map(({ key, step }) => (
        <li key={key} className="step">
          <RichText blocks={step.blocks} />
        </li>
      ))}
    </ol>
  );
}
