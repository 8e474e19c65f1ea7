// The guided view: one step at a time, Yes/No/Next as links (the position lives in the URL: each step is a
// page of its own, so it works without JavaScript and Back/Forward and shared links return to the same step),
// Back and Start over.
// At the ends it confirms what fixed the problem and what to do next, or what to collect and whom to ask.
import Link from "next/link";
import type { FixedBy, FlowView, WalkGuide } from "@/lib/site/flow-view";
import type { TicketStrings } from "@/lib/flows/describe-ticket";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { RichInlineText, RichText } from "../rich-text";
import { FocusOnChange } from "./focus-on-change";
import { FlowControls } from "./flow-controls";
import { FixedByChoice } from "./fixed-by";

/** Where a reader can go once the problem is solved. */
export interface AfterFix {
  links: Array<{ label: string; href: string }>;
  related: Array<{ label: string; href: string; codes: string[] }>;
}

interface GuidedFlowProps {
  view: FlowView;
  /** On a static step page: how the browser follows the trail in the URL. */
  guide?: WalkGuide;
  t: UiStrings;
  ticket: TicketStrings;
  after?: AfterFix;
  /** Shown under the step, above the choices (the page's "did it work?" feedback). */
  feedback?: React.ReactNode;
}

export function GuidedFlow({ view, guide, t, ticket, after, feedback }: GuidedFlowProps) {
  const solved = view.position === "done";
  return (
    <section
      aria-labelledby="flow-step-heading"
      className="rounded-lg border border-line p-4 sm:p-6"
      data-position={view.position}
    >
      <FocusOnChange watch={view.position} targetId="flow-step-heading" />
      {view.notice === "unknown-step" && (
        <p role="status" className="mb-3 rounded border border-warn px-3 py-2 text-sm">
          {t.unknownStepNotice}
        </p>
      )}
      <h2
        id="flow-step-heading"
        tabIndex={-1}
        className={solved ? "text-xl font-bold text-ok" : "text-xl font-bold"}
        data-testid="flow-progress"
      >
        {solved && <span aria-hidden="true">✓ </span>}
        {view.progress}
      </h2>
      {view.step && (
        <div className="prose-fix mt-2">
          <RichText blocks={view.blocks} />
          {view.step.question && <p className="text-lg font-semibold">{view.step.question}</p>}
        </div>
      )}
      {view.fixedBy && <FixedByNote fixedBy={view.fixedBy} />}
      {view.fixedByOptions && (
        <FixedByChoice
          options={Object.fromEntries(
            Object.entries(view.fixedByOptions).map(([id, fixedBy]) => [
              id,
              <FixedByNote key={id} fixedBy={fixedBy} />,
            ]),
          )}
        />
      )}
      {solved && after && <AfterFixLinks after={after} t={t} />}
      {view.escalation && <EscalationAdvice escalation={view.escalation} />}
      {feedback}
      <FlowControls
        position={view.position}
        walk={{
          choices: view.choices,
          ...(view.backHref ? { backHref: view.backHref } : {}),
          startHref: view.startHref,
          trailText: view.trailText,
          ticketWalk: view.ticketWalk,
        }}
        {...(guide ? { guide } : {})}
        labels={t}
        ticket={ticket}
        alwaysOfferTicket={view.escalation !== undefined}
      />
    </section>
  );
}

function FixedByNote({ fixedBy }: { fixedBy: FixedBy }) {
  return (
    <div className="mt-3" data-testid="fixed-by">
      <p className="font-semibold">{fixedBy.heading}</p>
      <div className="prose-fix mt-1 rounded bg-card px-3 py-1">
        <RichText blocks={fixedBy.blocks} />
      </div>
    </div>
  );
}

function AfterFixLinks({ after, t }: { after: AfterFix; t: UiStrings }) {
  return (
    <div className="no-print mt-4 space-y-4">
      {after.links.length > 0 && (
        <div>
          <h3 className="font-bold">{t.whatNext}</h3>
          <ul className="mt-1 list-disc space-y-1 ps-6">
            {after.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-accent underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {after.related.length > 0 && (
        <div data-testid="done-related">
          <h3 className="font-bold">{t.relatedErrors}</h3>
          <ul className="mt-1 list-disc space-y-1 ps-6">
            {after.related.map((error) => (
              <li key={error.href} className="[overflow-wrap:anywhere]">
                <Link href={error.href} className="text-accent underline">
                  {error.label}
                </Link>
                {error.codes.length > 0 && (
                  <span className="ms-2 font-mono text-sm text-muted">{error.codes.join(", ")}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function EscalationAdvice({ escalation }: { escalation: NonNullable<FlowView["escalation"]> }) {
  return (
    <div className="mt-2 space-y-2" data-testid="escalation">
      <p>{escalation.intro}</p>
      <ul className="prose-fix list-disc ps-6">
        {escalation.collect.map((item) => (
          <li key={item}>{item}</li>
        ))}
        {escalation.collectBlocks.map((blocks, index) => (
          <li key={index}>
            <RichInlineText blocks={blocks} />
          </li>
        ))}
      </ul>
      <p>{escalation.help}</p>
      {escalation.contacts.length > 0 && (
        <ul className="list-disc space-y-1 ps-6" data-testid="support-contacts">
          {escalation.contacts.map((contact) => (
            <li key={contact.url}>
              <a href={contact.url} rel="noopener noreferrer" className="text-accent underline">
                {contact.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
