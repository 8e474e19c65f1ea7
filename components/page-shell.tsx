// Header + main landmark shared by every portal page; each page passes its twins for the language switch. Long
// codes, paths and URLs in the content may break anywhere rather than widen the page on a phone.
import type { Locale } from "@/lib/schema/entities";
import type { Crumb } from "@/lib/site/breadcrumbs";
import type { LanguageLink } from "@/lib/site/page-twins";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { Breadcrumbs } from "./breadcrumbs";
import { SiteHeader } from "./site-header";

interface PageShellProps {
  locale: Locale;
  /** This page in other languages (see `buildLanguageLinks`); none on pages that exist in one language. */
  languages?: readonly LanguageLink[];
  /** The product the page is about: the header search prefers its errors when a code is shared. */
  product?: string;
  /** Where the page sits (see `buildBreadcrumbs`); none on the home page. */
  breadcrumbs?: readonly Crumb[];
  children: React.ReactNode;
  wide?: boolean;
}

export function PageShell({ locale, languages = [], product, breadcrumbs, children, wide }: PageShellProps) {
  return (
    <>
      <SiteHeader locale={locale} languages={languages} {...(product ? { product } : {})} />
      <main
        id="main"
        tabIndex={-1}
        className={`mx-auto w-full px-4 py-6 [overflow-wrap:anywhere] ${wide ? "max-w-6xl" : "max-w-3xl"}`}
      >
        {breadcrumbs && breadcrumbs.length > 1 && (
          <Breadcrumbs crumbs={breadcrumbs} label={getUiStrings(locale).breadcrumbs} />
        )}
        {children}
      </main>
    </>
  );
}
