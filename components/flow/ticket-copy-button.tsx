"use client";
// "Copy answers for a ticket": the walk in full, then this page's address and the date at the moment of copying.
import { composeTicket, formatTicketDate, type TicketStrings } from "@/lib/flows/describe-ticket";
import { CopyButton } from "../copy-button";
import { CopyIcon } from "../icons";

interface TicketCopyButtonProps {
  /** The walk as the server described it (`FlowView.ticketWalk`). */
  walk: string[];
  strings: TicketStrings;
  label: string;
  doneLabel: string;
  className?: string;
}

export function TicketCopyButton({ walk, strings, label, doneLabel, className }: TicketCopyButtonProps) {
  return (
    <CopyButton
      value={() => composeTicket(walk, strings, location.href, formatTicketDate(new Date()))}
      label={label}
      doneLabel={doneLabel}
      className={className}
    >
      <CopyIcon />
      <span>{label}</span>
    </CopyButton>
  );
}
