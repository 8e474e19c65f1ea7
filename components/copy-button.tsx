"use client";
// A small island: copies a value (a code, or a link resolved against the current page) to the clipboard.
import { useState } from "react";
import { cn } from "./cn";

interface CopyButtonProps {
  /** Text to copy; a value starting with `#` or `/` is copied as an absolute URL. */
  value: string;
  /** Accessible label, e.g. "Copy code 34513". */
  label: string;
  /** Shown after copying, e.g. "Copied". */
  doneLabel: string;
  children?: React.ReactNode;
  className?: string;
}

export function CopyButton({ value, label, doneLabel, children, className }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    const text = value.startsWith("#")
      ? `${location.origin}${location.pathname}${value}`
      : value.startsWith("/")
        ? `${location.origin}${value}`
        : value;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard refused (permissions, insecure context): select-and-copy is the user's fallback.
      return;
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      aria-label={copied ? doneLabel : label}
      data-copy-value={value}
      className={cn(
        "no-print inline-flex min-h-8 items-center gap-1 rounded border border-line px-2 text-sm text-muted hover:text-ink",
        className,
      )}
    >
      {children}
      <span aria-live="polite">{copied ? doneLabel : ""}</span>
    </button>
  );
}
