// The header on every page: skip link, home link, search form (works without JavaScript), language switch.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { languageAutonym } from "@/lib/i18n/locale-info";
import type { LanguageLink } from "@/lib/site/page-twins";
import { homePath, searchPath } from "@/lib/site/urls";
import { isBrowserSearchEnabled } from "@/lib/site/search-service.server";
import { SearchBox } from "./search/search-box";
import { SearchPalette } from "./search/search-palette";
import { searchBoxLabels } from "./search/search-box-labels";
import { LanguageSwitch } from "./language-switch";

interface SiteHeaderProps {
  locale: Locale;
  /** This page in the other languages that have it (none: no switch). */
  languages: readonly LanguageLink[];
  /** The product the page is about, for the search box and palette (see PageShell). */
  product?: string;
}

export async function SiteHeader({ locale, languages, product }: SiteHeaderProps) {
  const t = getUiStrings(locale);
  const browserIndex = await isBrowserSearchEnabled();
  return (
    <header role="banner" className="border-b border-line">
      <a
        href="#main"
        className="absolute start-2 top-2 z-50 inline-block min-h-11 -translate-y-24 rounded bg-accent px-4 py-3 font-semibold text-accent-ink focus:translate-y-0"
      >
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3">
        <Link
          href={homePath(locale)}
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
        <LanguageSwitch label={t.language} currentName={languageAutonym(locale)} links={languages} />
      </div>
    </header>
  );
}
