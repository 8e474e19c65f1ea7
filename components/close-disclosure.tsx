"use client";
// Closes an open <details> menu on Escape (focus back on its summary) or on a click elsewhere, as a menu
// does. The menu works without it: <details> opens and closes with its summary alone.
import { useEffect } from "react";

export function CloseDisclosure({ targetId }: { targetId: string }) {
  useEffect(() => {
    const details = document.getElementById(targetId);
    if (!(details instanceof HTMLDetailsElement)) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !details.open) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (details.open && event.target instanceof Node && !details.contains(event.target))
        details.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [targetId]);
  return null;
}
