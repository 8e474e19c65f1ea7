// The guided view: one step at a time, Yes/No/Next as links (the position lives in the URL, so it works
// without JavaScript and Back/Forward and shared links return to the same step), Back and Start over.
import Link from "next/link";
import type { FlowView } from "@/lib/site/flow-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { RichText } from "../rich-text";
import { CopyButton } from "../copy-button";
import { FocusOnChange } from "./focus-on-change";

const CHOICE_STYLE = {
  yes: "bg-ok text-white",
  no: "bg-danger text-white",
  next: "bg-accent text-accent-ink",
} as const;

interface GuidedFlowProps {
  view: FlowView;
  t: UiStrings;
  doneText: string;
  /** Shown under the step, above the choices (the page's "did it work?" feedback). */
  feedback?: React.ReactNode;
}

export function GuidedFlow({ view, t, doneText, feedback }: GuidedFlowProps) {
  return (
    <section
      aria-labelledby="flow-step-heading"
      className="rounded-lg border border-line p-4"
      data-position={view.position}
    >
      <FocusOnChange watch={view.position} targetId="flow-step-heading" />
      {view.notice === "unknown-step" && (
        <p role="status" className="mb-3 rounded border border-warn px-3 py-2 text-sm">
          {t.unknownStepNotice}
        </p>
      )}
      <h2 id="flow-step-heading" tabIndex={-1} className="text-xl font-bold" data-testid="flow-progress">
        {view.progress}
      </h2>
      {view.step && (
        <div className="prose-fix mt-2">
          <RichText blocks={view.blocks} />
          {view.step.question && <p className="font-semibold">{view.step.question}</p>}
        </div>
      )}
      {view.position === "done" && <p className="mt-2">{doneText}</p>}
      {view.escalation && (
        <div className="mt-2">
          <p>{view.escalation.intro}</p>
          <ul className="mt-2 list-disc pl-6">
            {view.escalation.collect.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="mt-2">{view.escalation.help}</p>
        </div>
      )}
      {feedback}
      <nav aria-label={t.guidedFix} className="no-print mt-4 flex flex-wrap gap-2">
        {view.choices.map((choice) => (
          <Link
            key={choice.label}
            href={choice.href}
            scroll={false}
            className={`rounded px-4 py-2 font-semibold ${CHOICE_STYLE[choice.label]}`}
            data-choice={choice.label}
          >
            {t[choice.label]}
          </Link>
        ))}
        {view.backHref && (
          <Link href={view.backHref} scroll={false} className="rounded border border-line px-4 py-2">
            {t.back}
          </Link>
        )}
        <Link href={view.startHref} scroll={false} className="rounded border border-line px-4 py-2">
          {t.startOver}
        </Link>
      </nav>
      {view.trailText && (
        <div className="mt-4 rounded bg-card p-3 text-sm">
          <p className="font-semibold">{t.yourAnswers}</p>
          <p data-testid="flow-trail" className="mt-1">
            {view.trailText}
          </p>
          <CopyButton value={view.trailText} label={t.copyAnswers} doneLabel={t.copied} className="mt-2">
            {t.copyAnswers}
          </CopyButton>
        </div>
      )}
    </section>
  );
}
