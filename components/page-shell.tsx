// Header + main landmark shared by every portal page; each page passes its twins for the language switch. Long
// codes, paths and URLs in the content may break anywhere rather than widen the page on a phone.
import type { Locale } from "@/lib/schema/entities";
import type { LanguageLink } from "@/lib/site/page-twins";
import { SiteHeader } from "./site-header";

interface PageShellProps {
  locale: Locale;
  /** This page in other languages (see `buildLanguageLinks`); none on pages that exist in one language. */
  languages?: readonly LanguageLink[];
  /** The product the page is about: the header search prefers its errors when a code is shared. */
  product?: string;
  children: React.ReactNode;
  wide?: boolean;
}

export function PageShell({ locale, languages = [], product, children, wide }: PageShellProps) {
  return (
    <>
      <SiteHeader locale={locale} languages={languages} {...(product ? { product } : {})} />
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
