// 404 inside an embed (an unknown error or flow id): a small card in the embed's own layout and styles,
// in the embed's language, with a way to search the portal (the framework's default page breaks the CSP).
import { locale as rootLocale } from "next/root-params";
import { isLocaleTag } from "@/lib/schema/locales";
import { DEFAULT_LOCALE } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { searchPath } from "@/lib/site/urls";
import { DEFAULT_EMBED_OPTIONS } from "@/lib/api/embed-options";
import { EmbedFrame } from "@/components/embed/embed-frame";

export default async function EmbedNotFound() {
  const value = await rootLocale();
  const locale = isLocaleTag(value) ? value : DEFAULT_LOCALE;
  const t = getUiStrings(locale);
  return (
    <EmbedFrame options={DEFAULT_EMBED_OPTIONS} fullHref={searchPath(locale)} fullLabel={t.notFoundSearch}>
      <div data-testid="embed-not-found">
        <h1 className="text-lg font-bold">{t.notFoundTitle}</h1>
        <p className="mt-1 text-muted">{t.embedNotFoundBody}</p>
      </div>
    </EmbedFrame>
  );
}
