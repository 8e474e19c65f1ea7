// An error as a compact card for other sites: title, codes, verbatim message, the first causes with their
// steps, shared actions once, and the rest of the fix (all but the causes' titles are left out when compact).
import type { ErrorView } from "@/lib/site/error-view";
import type { EmbedOptions } from "@/lib/api/embed-options";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { ErrorMessage } from "../error/error-message";
import { ActionSteps } from "../error/action-steps";
import { FixBody } from "../error/fix-body";
import { SharedAction } from "../error/shared-action";
import { RichText } from "../rich-text";
import { CauseFeedback } from "../feedback/cause-feedback";
import { countWords } from "@/lib/i18n/count-words";

interface EmbedErrorCardProps {
  view: ErrorView;
  options: EmbedOptions;
  t: UiStrings;
  fixHref: string;
  /** The full error page, where causes left out of the card are listed (opens in a new tab, as the frame's own link). */
  errorHref: string;
  /** The embed's own path with its options: when given (and `feedback=0` is not set), readers are asked "Did this fix it?". */
  feedbackReturnPath?: string;
}

export function EmbedErrorCard({
  view,
  options,
  t,
  fixHref,
  errorHref,
  feedbackReturnPath,
}: EmbedErrorCardProps) {
  const { error } = view;
  const feedback = (causeId?: string) =>
    feedbackReturnPath && options.feedback !== false ? (
      <CauseFeedback
        locale={error.locale}
        errorId={error.id}
        returnPath={feedbackReturnPath}
        {...(causeId ? { causeId } : {})}
      />
    ) : null;
  const shown = options.causes === undefined ? view.causes : view.causes.slice(0, options.causes);
  const hidden = view.causes.length - shown.length;
  return (
    <article className={options.compact ? "space-y-2" : "space-y-3"} data-testid="embed-error">
      <h1 className={options.compact ? "text-lg font-bold" : "text-xl font-bold"}>{error.title}</h1>
      {error.codes.length > 0 && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{error.codes.length > 1 ? t.errorCodes : t.errorCode}:</span>
          {error.codes.map((code) => (
            <code
              key={code}
              className="rounded-full border border-line bg-card px-2 font-mono font-semibold"
              data-code
            >
              {code}
            </code>
          ))}
        </p>
      )}
      {!options.compact && <ErrorMessage message={error.message} label={t.message} />}
      {view.hasFix ? (
        <p>
          <a
            href={fixHref}
            target="_self"
            className="inline-block rounded bg-accent px-3 py-1.5 font-semibold text-accent-ink"
          >
            {t.startGuidedFix}
          </a>
        </p>
      ) : (
        <p className="font-semibold" data-testid="no-fix">
          {t.noFixDocumented}
        </p>
      )}
      {shown.length > 0 && (
        <section aria-labelledby="embed-causes">
          <h2 id="embed-causes" className="font-bold">
            {view.causesArePossible ? t.possibleCauses : t.causes}
          </h2>
          <ol className="mt-2 space-y-3" data-testid="embed-causes">
            {shown.map((cause) => (
              <li key={cause.id} className="rounded border border-line p-3" data-cause={cause.id}>
                <h3 className="font-semibold">
                  <span className="text-muted">
                    {t.cause} {cause.number}:
                  </span>{" "}
                  {cause.title}
                </h3>
                {!options.compact && cause.explanationBlocks.length > 0 && (
                  <div className="prose-fix mt-1 text-sm text-muted">
                    <RichText blocks={cause.explanationBlocks} headingLevel={4} />
                  </div>
                )}
                {!options.compact && cause.actions.length > 0 && <ActionSteps actions={cause.actions} />}
                {feedback(cause.id)}
              </li>
            ))}
          </ol>
          {hidden > 0 && (
            <p className="mt-2 text-sm" data-testid="embed-more-causes">
              <a href={errorHref} target="_blank" rel="noopener" className="underline">
                {countWords(error.locale, hidden, { one: t.moreCausesCountOne, other: t.moreCausesCount })}
              </a>
            </p>
          )}
        </section>
      )}
      {!options.compact && (view.sharedActions.length > 0 || view.actions.length > 0) && (
        <section aria-labelledby="embed-actions" className="space-y-3">
          <h2 id="embed-actions" className="font-bold">
            {t.whatToDo}
          </h2>
          {view.sharedActions.map((action) => (
            <SharedAction key={action.id} action={action} t={t} linkCauses={false} />
          ))}
          <ActionSteps actions={view.actions} />
        </section>
      )}
      {!options.compact && (
        <FixBody blocks={view.body} heading={view.bodyIsTheFix ? t.whatToDo : t.moreDetails} />
      )}
      {/* Without causes, the answer is about the error's fix as a whole. */}
      {!options.compact && view.causes.length === 0 && view.hasFix && feedback()}
    </article>
  );
}
