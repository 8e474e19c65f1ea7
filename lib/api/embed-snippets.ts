/**
 * The copy-paste snippets that embed Fixpath in another site, defined once for the API page and the
 * "Embed" button of error pages: an iframe (with the resize script), an oEmbed request and a script tag.
 */
import type { Locale } from "../schema/entities";
import { errorPath } from "../site/urls";

export interface EmbedSnippets {
  iframe: string;
  oembed: string;
  scriptTag: string;
}

/** Snippets for one error (`errorId`), or with an `<id>` placeholder; `code` names it in the script tag. */
export function buildEmbedSnippets(
  origin: string,
  locale: Locale,
  error?: { id: string; title: string; code?: string },
): EmbedSnippets {
  const id = error?.id ?? "<id>";
  const title = error ? `Fixpath: ${error.title}` : "Fixpath";
  const element = error?.code
    ? `<fixpath-error code="${escapeAttribute(error.code)}" lang="${locale}"></fixpath-error>`
    : `<fixpath-error error-id="${id}" lang="${locale}"></fixpath-error>`;
  return {
    iframe: [
      `<iframe src="${origin}/embed/${locale}/errors/${id}?causes=2" width="600" height="420"`,
      `  title="${escapeAttribute(title)}" loading="lazy"></iframe>`,
      `<script src="${origin}/embed-resize.js" defer></script>`,
    ].join("\n"),
    oembed: `${origin}/api/oembed?url=${encodeURIComponent(`${origin}${errorPath(locale, "")}`)}${id}&format=json`,
    scriptTag: [`<script src="${origin}/embed.js" defer></script>`, element].join("\n"),
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
