"use client";
// True once React runs in the browser, false in the server's HTML: controls that need JavaScript (copy
// buttons) render hidden until then, so a reader without JavaScript never meets a button that does nothing.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
