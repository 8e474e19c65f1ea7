"use client";
// The answers, Back and Start over of a guided-fix step, and the answers so far with "Copy answers". Links
// work without JavaScript (each answer opens the next step's page); in the browser the trail in the URL is
// followed, so the answers carry it on, Back returns to the step actually answered, and the ticket is whole.
import Link from "next/link";
import type { FlowStrings } from "@/lib/flows/flow-strings";
import { describeWalkFromTrail, type WalkView } from "@/lib/flows/describe-walk";
import { flowLocationHref } from "@/lib/flows/walk-flow";
import type { WalkGuide } from "@/lib/site/flow-view";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { TicketCopyButton } from "./ticket-copy-button";
import { useFlowTrail } from "./use-flow-trail";

const CHOICE_STYLE = {
  yes: "bg-ok text-ok-ink",
  no: "bg-danger text-danger-ink",
  next: "bg-accent text-accent-ink",
} as const;

type Labels = Pick<
  UiStrings,
  "guidedFix" | "yes" | "no" | "next" | "back" | "startOver" | "yourAnswers" | "copyAnswers" | "copied"
>;

interface FlowControlsProps {
  position: string;
  /** The walk as the server knew it (no trail on a static page). */
  walk: WalkView;
  /** Present on static step pages: how to redo the walk for the trail in the URL. */
  guide?: WalkGuide;
  labels: Labels;
  ticket: FlowStrings["ticket"];
  /** Show the ticket copy even before any answer (the escalation end). */
  alwaysOfferTicket: boolean;
}

export function FlowControls({
  position,
  walk,
  guide,
  labels,
  ticket,
  alwaysOfferTicket,
}: FlowControlsProps) {
  const trail = useFlowTrail();
  const followed = guide ? followTrail(guide, position, trail) : undefined;
  const shown = followed ?? walk;
  // A static step page is a page load of its own (the fast path serves it; the trail is read on load). A view
  // rendered per request (an embed, whose other links open outside the frame) moves by client navigation.
  const StepLink = guide ? "a" : Link;
  return (
    <>
      <nav aria-label={labels.guidedFix} className="no-print mt-5 flex flex-wrap items-center gap-2">
        {shown.choices.map((choice) => (
          <StepLink
            key={choice.label}
            href={choice.href}
            {...(guide ? {} : { scroll: false })}
            className={`inline-flex min-h-11 min-w-20 items-center justify-center rounded px-5 font-semibold ${CHOICE_STYLE[choice.label]}`}
            data-choice={choice.label}
          >
            {labels[choice.label]}
          </StepLink>
        ))}
        {shown.backHref && (
          <StepLink
            href={shown.backHref}
            {...(guide ? {} : { scroll: false })}
            className="inline-flex min-h-11 items-center rounded border border-line px-4"
            data-testid="flow-back"
          >
            {labels.back}
          </StepLink>
        )}
        <StepLink
          href={shown.startHref}
          {...(guide ? {} : { scroll: false })}
          className="inline-flex min-h-11 items-center rounded border border-line px-4"
          data-testid="flow-start-over"
        >
          {labels.startOver}
        </StepLink>
      </nav>
      {(shown.trailText || alwaysOfferTicket) && (
        <div className="no-print mt-5 rounded bg-card p-3 text-sm">
          {shown.trailText && (
            <>
              <p className="font-semibold">{labels.yourAnswers}</p>
              <p data-testid="flow-trail" className="mt-1 [overflow-wrap:anywhere]">
                {shown.trailText}
              </p>
            </>
          )}
          <TicketCopyButton
            walk={shown.ticketWalk}
            strings={ticket}
            label={labels.copyAnswers}
            doneLabel={labels.copied}
            className="mt-2 bg-page text-ink"
          />
        </div>
      )}
    </>
  );
}

function followTrail(guide: WalkGuide, position: string, trail: string): WalkView | undefined {
  const first = guide.flow.steps[0]?.id ?? "";
  const pathOf = (step: string | undefined) => guide.paths[step ?? first] ?? "";
  return describeWalkFromTrail(
    guide.flow,
    position,
    trail,
    (location) => flowLocationHref(guide.flow, location, pathOf),
    guide.strings,
    guide.error,
  );
}
