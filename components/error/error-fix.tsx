// The fix of an error as the page shows it: causes (as "possible causes" when they share actions), the actions
// several causes share (once, naming them) and those for the whole error, then the rest of what the docs say.
import type { CauseView, ErrorView } from "@/lib/site/error-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { ActionSteps } from "./action-steps";
import { CauseCard } from "./cause-card";
import { FixBody } from "./fix-body";
import { SharedAction } from "./shared-action";

/** `causeEnd` is shown at the end of each cause's card and `fixEnd` after the whole fix (the page asks "Did this fix it?" there). */
export function ErrorFix({
  view,
  t,
  causeEnd,
  fixEnd,
}: {
  view: ErrorView;
  t: UiStrings;
  causeEnd?: (cause: CauseView) => React.ReactNode;
  fixEnd?: React.ReactNode;
}) {
  return (
    <>
      {view.causes.length > 0 && (
        <section aria-labelledby="causes-heading">
          <h2 id="causes-heading" className="text-xl font-bold">
            {view.causesArePossible ? t.possibleCauses : t.causes}
          </h2>
          <ol className="mt-3 space-y-4">
            {view.causes.map((cause) => (
              <CauseCard key={cause.id} cause={cause} t={t}>
                {causeEnd?.(cause)}
              </CauseCard>
            ))}
          </ol>
        </section>
      )}
      {(view.sharedActions.length > 0 || view.actions.length > 0) && (
        <section aria-labelledby="actions-heading" className="space-y-4">
          <h2 id="actions-heading" className="text-xl font-bold">
            {t.whatToDo}
          </h2>
          {view.sharedActions.map((action) => (
            <SharedAction key={action.id} action={action} t={t} />
          ))}
          <ActionSteps actions={view.actions} />
        </section>
      )}
      <FixBody blocks={view.body} heading={view.bodyIsTheFix ? t.whatToDo : t.moreDetails} />
      {fixEnd}
    </>
  );
}
