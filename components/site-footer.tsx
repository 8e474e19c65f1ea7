// The footer on every page.
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { apiDocsPath } from "@/lib/site/urls";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getUiStrings(locale);
  return (
    <footer role="contentinfo" className="mt-12 border-t border-line">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p>{t.footerNote}</p>
        <p className="mt-2">
          <a className="text-accent underline" href={apiDocsPath(locale)}>
            {t.api}
          </a>
        </p>
      </div>
    </footer>
  );
}
