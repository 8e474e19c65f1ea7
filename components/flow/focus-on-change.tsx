"use client";
// Moves keyboard focus to the step heading whenever the step changes, so screen readers and keyboard
// users continue from the new step instead of the top of the page.
import { useEffect, useRef } from "react";

export function FocusOnChange({ watch, targetId }: { watch: string; targetId: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return; // the initial load keeps the browser's own focus
    }
    document.getElementById(targetId)?.focus();
  }, [watch, targetId]);
  return null;
}
