"use client";
// Moves keyboard focus to the step heading whenever the step changes, so screen readers and keyboard
// users continue from the new step instead of the top of the page. A static step page reached by an answer
// (its URL carries the trail) is a new page load: focus goes to the step there too.
import { useEffect, useRef } from "react";
import { FLOW_TRAIL_PARAM } from "@/lib/site/urls";

export function FocusOnChange({ watch, targetId }: { watch: string; targetId: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      // Any other initial load keeps the browser's own focus.
      if (new URLSearchParams(window.location.search).has(FLOW_TRAIL_PARAM)) {
        document.getElementById(targetId)?.focus();
      }
      return;
    }
    document.getElementById(targetId)?.focus();
  }, [watch, targetId]);
  return null;
}
