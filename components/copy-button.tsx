"use client";
// A small island: copies a value (a code, or a link resolved against the current page) to the clipboard.
// Hidden until the page runs JavaScript; after copying it reads the done label alone, for two seconds.
import { useState } from "react";
import { cn } from "./cn";
import { useHydrated } from "./use-hydrated";

interface CopyButtonProps {
  /** Text to copy; a value starting with `#` or `/` is copied as an absolute URL. */
  value: string | (() => string);
  /** Accessible label, e.g. "Copy code 34513". */
  label: string;
  /** Shown and announced after copying, e.g. "Copied". */
  doneLabel: string;
  /** What the button shows before copying (an icon, a short label); the accessible name is `label`. */
  children?: React.ReactNode;
  className?: string;
}

/** How long the done label stays before the button reads as before. */
const DONE_MS = 2000;

export function CopyButton({ value, label, doneLabel, children, className }: CopyButtonProps) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);

  async function copy() {
    const raw = typeof value === "function" ? value() : value;
    const text = raw.startsWith("#")
      ? `${location.origin}${location.pathname}${raw}`
      : raw.startsWith("/")
        ? `${location.origin}${raw}`
        : raw;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard refused (permissions, insecure context): select-and-copy is the user's fallback.
      return;
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), DONE_MS);
  }

  return (
    <>
      <button
        type="button"
        hidden={!hydrated}
        onClick={copy}
        aria-label={label}
        data-copy-value={typeof value === "string" ? value : undefined}
        className={cn(
          "no-print inline-flex min-h-8 shrink-0 items-center gap-1 rounded border border-line px-2 text-sm whitespace-nowrap text-muted hover:text-ink",
          className,
        )}
      >
        {copied ? <span aria-hidden="true">✓ {doneLabel}</span> : children}
      </button>
      {/* Outside the button, so its name stays the label and the done label is announced once. */}
      <span role="status" className="sr-only">
        {copied ? doneLabel : ""}
      </span>
    </>
  );
}
