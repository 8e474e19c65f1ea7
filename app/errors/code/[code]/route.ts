// `/errors/code/<code>`: a permanent link for a code. The language is the visitor's, chosen among the
// languages that have an error with this code (all served ones when none has). One matching error → its
// page (308); several or none → that language's code page, which offers a chooser or a real 404.
import { type NextRequest } from "next/server";
import { getCatalog } from "@/lib/content/source.server";
import { listCatalogLocales } from "@/lib/content/catalog-locales";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { codeChooserPath, errorPath } from "@/lib/site/urls";
import { findErrorsByCode, MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";

export async function GET(request: NextRequest, { params }: RouteContext<"/errors/code/[code]">) {
  const code = (await params).code.slice(0, MAX_CODE_LENGTH + 1);
  const catalog = await getCatalog();
  const everywhere = findErrorsByCode(code, catalog.errors);
  const withCode = [...new Set(everywhere.map((error) => error.locale))];
  const locale = negotiateLocale(withCode.length > 0 ? withCode : listCatalogLocales(catalog), {
    remembered: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const matches = everywhere.filter((error) => error.locale === locale);
  const [only] = matches;
  const target = matches.length === 1 && only ? errorPath(locale, only.id) : codeChooserPath(locale, code);
  const status = matches.length === 1 ? 308 : 307;
  return new Response(null, {
    status,
    headers: { Location: new URL(target, request.url).pathname, Vary: "Accept-Language, Cookie" },
  });
}
