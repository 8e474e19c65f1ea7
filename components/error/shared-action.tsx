// An action several causes share, shown once: the causes it fixes (as links to their cards), then its steps.
import type { ActionView } from "@/lib/site/error-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { ActionSteps } from "./action-steps";

/** `linkCauses` is false where the cause cards carry no anchors (the embed card). */
export function SharedAction({
  action,
  t,
  linkCauses = true,
}: {
  action: ActionView;
  t: UiStrings;
  linkCauses?: boolean;
}) {
  return (
    <div data-action={action.id}>
      <p className="text-sm text-muted" data-testid="action-applies-to">
        {action.appliesToAll ? (
          t.appliesToAllCauses
        ) : (
          <>
            {t.appliesTo}:{" "}
            {action.appliesTo.map((cause, i) => (
              <span key={cause.anchor}>
                {i > 0 && ", "}
                {linkCauses ? (
                  <a href={`#${cause.anchor}`} className="text-accent underline" title={cause.title}>
                    {t.cause} {cause.number}
                  </a>
                ) : (
                  `${t.cause} ${cause.number}`
                )}
              </span>
            ))}
          </>
        )}
      </p>
      <ActionSteps actions={[action]} />
    </div>
  );
}
