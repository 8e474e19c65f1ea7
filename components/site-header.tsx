// The header on every page: skip link, home link, search form (works without JavaScript), language switch.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings, otherLocale } from "@/lib/i18n/ui-strings";
import { searchPath } from "@/lib/site/urls";
import { isBrowserSearchEnabled } from "@/lib/site/search-service.server";
import { SearchBox } from "./search/search-box";
import { SearchPalette } from "./search/search-palette";
import { searchBoxLabels } from "./search/search-box-labels";

interface SiteHeaderProps {
  locale: Locale;
  /** This page in the other language, when it exists. */
  alternateHref?: string;
  /** The product the page is about, for the search box and palette (see PageShell). */
  product?: string;
}

export async function SiteHeader({ locale, alternateHref, product }: SiteHeaderProps) {
  const t = getUiStrings(locale);
  const browserIndex = await isBrowserSearchEnabled();
  const other = otherLocale(locale);
  const switchHref = `${alternateHref ?? `/${other}`}?lang=${other}`;
  return (
    <header role="banner" className="border-b border-line">
      <a
        href="#main"
        className="absolute left-2 top-2 z-50 inline-block min-h-11 -translate-y-24 rounded bg-accent px-4 py-3 font-semibold text-accent-ink focus:translate-y-0"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3">
        <Link
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center text-lg font-bold text-ink no-underline"
        >
          {t.siteName}
        </Link>
        <div className="order-3 w-full min-w-0 sm:order-none sm:w-auto sm:flex-1">
          <SearchBox
            browserIndex={browserIndex}
            locale={locale}
            action={searchPath(locale)}
            labels={searchBoxLabels(t)}
            formLabel={t.searchSiteLabel}
            inputId="header-search"
            {...(product ? { contextProduct: product } : {})}
          />
        </div>
        <SearchPalette
          browserIndex={browserIndex}
          locale={locale}
          action={searchPath(locale)}
          labels={searchBoxLabels(t)}
          title={t.searchPaletteTitle}
          {...(product ? { contextProduct: product } : {})}
        />
        <a
          href={switchHref}
          hrefLang={other}
          lang={other}
          className="ml-auto inline-flex min-h-11 items-center text-sm text-accent underline sm:ml-0"
        >
          {t.otherLanguage}
        </a>
      </div>
    </header>
  );
}
