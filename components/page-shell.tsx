// Header + main landmark shared by every portal page; each page passes its other-language link.
import type { Locale } from "@/lib/schema/entities";
import { SiteHeader } from "./site-header";

interface PageShellProps {
  locale: Locale;
  alternateHref?: string;
  /** The product the page is about: the header search prefers its errors when a code is shared. */
  product?: string;
  children: React.ReactNode;
  wide?: boolean;
}

export function PageShell({ locale, alternateHref, product, children, wide }: PageShellProps) {
  return (
    <>
      <SiteHeader
        locale={locale}
        {...(alternateHref ? { alternateHref } : {})}
        {...(product ? { product } : {})}
      />
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto w-full px-4 py-6 ${wide ? "max-w-6xl" : "max-w-3xl"}`}
      >
        {children}
      </main>
    </>
  );
}
