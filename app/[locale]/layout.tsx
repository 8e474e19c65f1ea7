// Root layout of the portal: one per language, so <html lang> and dir are right on every page. The languages
// are the folders of content/ (listLocales), so a new folder is a new language without code.
import type { Metadata } from "next";
import "../globals.css";
import { listLocales } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { openGraphLocale, textDirection } from "@/lib/i18n/locale-info";
import { requireLocale } from "@/lib/site/route-entities.server";
import { openSearchPath, siteOrigin } from "@/lib/site/urls";
import { SiteFooter } from "@/components/site-footer";
import { ContentProblems } from "@/components/content-problems";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listLocales()).map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await requireLocale(params);
  const t = getUiStrings(locale);
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${t.siteName}: ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.tagline,
    openGraph: { siteName: t.siteName, type: "website", locale: openGraphLocale(locale) },
    other: { "color-scheme": "light dark" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await requireLocale(params);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title="Fixpath"
          href={openSearchPath(locale)}
        />
      </head>
      <body className="min-h-screen bg-page text-ink antialiased">
        <ContentProblems locale={locale} />
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
