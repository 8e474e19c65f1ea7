// Header + main landmark shared by every portal page; each page passes its other-language link. Long codes,
// paths and URLs in the content may break anywhere rather than widen the page on a phone.
import type { Locale } from "@/lib/schema/entities";
import { SiteHeader } from "./site-header";

interface PageShellProps {
  locale: Locale;
  alternateHref?: string;
  children: React.ReactNode;
  wide?: boolean;
}

export function PageShell({ locale, alternateHref, children, wide }: PageShellProps) {
  return (
    <>
      <SiteHeader locale={locale} {...(alternateHref ? { alternateHref } : {})} />
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto w-full px-4 py-6 [overflow-wrap:anywhere] ${wide ? "max-w-6xl" : "max-w-3xl"}`}
      >
        {children}
      </main>
    </>
  );
}
