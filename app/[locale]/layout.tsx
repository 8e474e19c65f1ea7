// Root layout of the portal: one per language, so <html lang> is right on every page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "../globals.css";
import { LOCALES } from "@/lib/schema/entities";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { siteOrigin } from "@/lib/site/urls";
import { SiteFooter } from "@/components/site-footer";
import { ContentProblems } from "@/components/content-problems";

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = getUiStrings(isLocale(locale) ? locale : "en");
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${t.siteName}: ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.tagline,
    openGraph: { siteName: t.siteName, type: "website", locale: locale === "sv" ? "sv_SE" : "en_US" },
    other: { "color-scheme": "light dark" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <head>
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title="Fixpath"
          href={`/opensearch/${locale}`}
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
