"use client";
// Old links into an article (`…/articles/x#the-activation-did-not-complete-successfully`) point at an
// error that now has its own page: the fragment never reaches the server, so the browser forwards it.
// Readers who come from a page of this site (e.g. an error page's "from the article" link) stay here.
import { useEffect } from "react";

export function LegacyAnchorRedirect({ targets }: { targets: Record<string, string> }) {
  useEffect(() => {
    if (document.referrer && new URL(document.referrer).origin === window.location.origin) return;
    let anchor = "";
    try {
      anchor = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return; // a malformed fragment is nobody's old link
    }
    const target = Object.hasOwn(targets, anchor) ? targets[anchor] : undefined;
    if (target) window.location.replace(target);
  }, [targets]);
  return null;
}
