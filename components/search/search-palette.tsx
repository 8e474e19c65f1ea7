"use client";
// The ⌘K / Ctrl-K / "/" search palette, on every page: a modal dialog around the instant search box.
import { useEffect, useRef, useState } from "react";
import { SearchBox, type SearchBoxLabels } from "./search-box";

/** True when the keystroke is meant for a text field, where "/" must type a slash. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

interface SearchPaletteProps {
  locale: string;
  action: string;
  labels: SearchBoxLabels;
  title: string;
  /** Search in the browser with the prebuilt index (small catalogs). */
  browserIndex: boolean;
  /** The product of the page the palette opens on (see SearchBox). */
  contextProduct?: string;
}

export function SearchPalette({
  locale,
  action,
  labels,
  title,
  browserIndex,
  contextProduct,
}: SearchPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [session, setSession] = useState(0);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = (event.key === "k" || event.key === "K") && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === "/" && !isTyping(event.target))) {
        event.preventDefault();
        setSession((n) => n + 1); // a fresh, empty box each time
        dialog.current?.showModal();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    // Marks the shortcut as live (hydrated): tests wait for it, as a person waits for the page.
    dialog.current?.setAttribute("data-ready", "");
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-label={title}
      className="m-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line bg-page p-4 text-ink backdrop:bg-black/40"
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current?.close();
      }}
    >
      {session > 0 && (
        <SearchBox
          key={session}
          browserIndex={browserIndex}
          locale={locale}
          action={action}
          labels={labels}
          formLabel={title}
          autoFocus
          inlineResults
          {...(contextProduct ? { contextProduct } : {})}
          onNavigate={() => dialog.current?.close()}
        />
      )}
    </dialog>
  );
}
