// One numbered cause with its explanation, the steps that fix it alone, and a control to copy a link to it.
import type { CauseView } from "@/lib/site/error-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { ActionSteps } from "./action-steps";
import { CopyButton } from "../copy-button";
import { LinkIcon } from "../icons";
import { RichText } from "../rich-text";

/** `children` come after the fix steps (the page puts "Did this fix it?" there). */
export function CauseCard({
  cause,
  t,
  children,
}: {
  cause: CauseView;
  t: UiStrings;
  children?: React.ReactNode;
}) {
  return (
    <li
      id={cause.anchor}
      className="scroll-mt-4 rounded-lg border border-line p-4 target:border-accent target:ring-2 target:ring-accent"
      data-cause={cause.id}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-bold">
          <span className="text-muted">
            {t.cause} {cause.number}:
          </span>{" "}
          {cause.title}
        </h3>
        <CopyButton value={`#${cause.anchor}`} label={t.copyLink} doneLabel={t.linkCopied}>
          <LinkIcon />
          <span>{t.copyLinkShort}</span>
        </CopyButton>
      </div>
      {cause.explanationBlocks.length > 0 && (
        <div className="prose-fix mt-2 text-muted">
          <RichText blocks={cause.explanationBlocks} headingLevel={4} />
        </div>
      )}
      {cause.actions.length > 0 && (
        <>
          <h4 className="mt-3 font-semibold">{t.whatToDo}</h4>
          <ActionSteps actions={cause.actions} />
        </>
      )}
      {children}
    </li>
  );
}
