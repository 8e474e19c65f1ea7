"use client";
// The answer trail in the address of a static guided-fix step (`?trail=step-1,step-2`): "" in the server's
// HTML and before hydration (the page is the same for every trail), the URL's afterwards.
import { useSyncExternalStore } from "react";
import { FLOW_TRAIL_PARAM } from "@/lib/site/urls";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
}

export function useFlowTrail(): string {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(FLOW_TRAIL_PARAM) ?? "",
    () => "",
  );
}

/** The last step of the trail: the one the reader answered to reach this page. */
export function useAnsweredStep(): string | undefined {
  const trail = useFlowTrail();
  return trail === "" ? undefined : trail.split(",").at(-1);
}
