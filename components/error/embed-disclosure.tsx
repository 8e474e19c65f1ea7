// "Embed": the snippets that show this error in a wiki, behind a disclosure (no JavaScript needed to open it).
import Link from "next/link";
import type { EmbedSnippets } from "@/lib/api/embed-snippets";
import type { Locale } from "@/lib/schema/entities";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { apiDocsPath } from "@/lib/site/urls";
import { CodeSample } from "../code-sample";

export function EmbedDisclosure({
  snippets,
  locale,
  t,
}: {
  snippets: EmbedSnippets;
  locale: Locale;
  t: UiStrings;
}) {
  const copy = { copyLabel: t.copy, doneLabel: t.copied };
  return (
    <details className="no-print min-w-0 open:basis-full" data-testid="embed-disclosure">
      <summary className="inline-flex min-h-10 cursor-pointer items-center rounded border border-line px-4 font-semibold">
        {t.embed}
      </summary>
      <div className="mt-2 rounded-lg border border-line p-4">
        <p>{t.embedIntro}</p>
        <CodeSample code={snippets.iframe} caption={t.embedIframe} {...copy} />
        <CodeSample code={snippets.scriptTag} caption={t.embedScript} {...copy} />
        <p className="mt-3 text-sm">
          <Link href={`${apiDocsPath(locale)}#embed-options`} className="text-accent underline">
            {t.embedOptions}
          </Link>
        </p>
      </div>
    </details>
  );
}
