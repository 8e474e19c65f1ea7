"use client";
// A line only the printout shows: where the page came from and when, so a printed checklist can be traced
// back and checked for changes. The address and the date are the reader's own: read when the page prints.
import { useEffect, useState } from "react";
import { formatTicketDate } from "@/lib/flows/describe-ticket";

interface PrintSourceProps {
  /** The page's canonical address, shown until the browser knows the one it is at. */
  url: string;
  /** The content's last change, `YYYY-MM-DD`. */
  updated?: string;
  labels: { source: string; updated: string; printed: string };
}

export function PrintSource({ url, updated, labels }: PrintSourceProps) {
  const [printed, setPrinted] = useState<{ url: string; date: string } | null>(null);
  useEffect(() => {
    const read = () => setPrinted({ url: location.href, date: formatTicketDate(new Date()) });
    window.addEventListener("beforeprint", read);
    const media = window.matchMedia("print");
    media.addEventListener("change", read);
    return () => {
      window.removeEventListener("beforeprint", read);
      media.removeEventListener("change", read);
    };
  }, []);
  return (
    <p className="mt-8 hidden border-t border-line pt-2 text-sm print:block" data-testid="print-source">
      {labels.source}: {printed?.url ?? url}
      {updated && (
        <>
          {" · "}
          {labels.updated} {updated}
        </>
      )}
      {printed && (
        <>
          {" · "}
          {labels.printed} {printed.date}
        </>
      )}
    </p>
  );
}
