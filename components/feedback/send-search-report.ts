// Sends a search the browser answered to POST /api/v1/searches with navigator.sendBeacon, which still goes out
// while the page unloads (a reader opening a result is leaving the page).
import type { SearchSender } from "@/lib/feedback/search-reporter";

export const sendSearchReport: SearchSender = (report) => {
  const body = new Blob([JSON.stringify(report)], { type: "application/json" });
  if (typeof navigator !== "undefined" && navigator.sendBeacon?.("/api/v1/searches", body)) return;
  void fetch("/api/v1/searches", { method: "POST", body, keepalive: true }).catch(() => undefined);
};
