// 404 for addresses that match no route at all (an unknown language prefix, stray paths): the language is
// unknown, so the page is in the default language and offers every served language's home page in that
// language.
import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { listLocales } from "@/lib/content/source.server";
import { fallbackLocale } from "@/lib/i18n/negotiate-locale";
import { textDirection } from "@/lib/i18n/locale-info";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { homePath } from "@/lib/site/urls";
import { NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = { title: "404 · Fixpath", robots: { index: false } };

export default async function GlobalNotFound() {
  const locales = await listLocales();
  const language = fallbackLocale(locales);
  return (
    <html lang={language} dir={textDirection(language)}>
      <body className="min-h-screen bg-page text-ink antialiased">
        <header role="banner" className="border-b border-line">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
            <Link
              href="/"
              className="inline-flex min-h-11 items-center text-lg font-bold text-ink no-underline"
            >
              Fixpath
            </Link>
            <ul className="ms-auto flex flex-wrap gap-x-4 text-sm">
              {locales.map((locale) => (
                <li key={locale} lang={locale} dir={textDirection(locale)}>
                  <Link
                    href={homePath(locale)}
                    hrefLang={locale}
                    className="inline-flex min-h-11 items-center text-accent underline"
                  >
                    {getUiStrings(locale).notFoundHome}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-10">
          <NotFoundContent locale={language} />
        </main>
      </body>
    </html>
  );
}
