// `/errors/code/<code>`: a permanent link for a code. The language is the visitor's, chosen among the
// languages that have an error with this code (all served ones when none has). One matching error → its
// page (308); several or none → that language's code page, which offers a chooser or a real 404.
import { type NextRequest } from "next/server";
import { getCatalog } from "@/lib/content/source.server";
import { listCatalogLocales } from "@/lib/content/catalog-locales";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { chooseByCode } from "@/lib/search/choose-by-code";
import { codeChooserPath } from "@/lib/site/urls";
import { findErrorsByCode, MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";
import { getSearchIndex } from "@/lib/site/search-service.server";

export async function GET(request: NextRequest, { params }: RouteContext<"/errors/code/[code]">) {
  const { code: encoded } = await params;
  let code: string;
  try {
    code = decodeURIComponent(encoded);
  } catch {
    code = encoded;
  }
  const typed = code.slice(0, MAX_CODE_LENGTH + 1);
  const catalog = await getCatalog();
  const withCode = [...new Set(findErrorsByCode(typed, catalog.errors).map((error) => error.locale))];
  const locale = negotiateLocale(withCode.length > 0 ? withCode : listCatalogLocales(catalog), {
    remembered: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  const matches = typed.length > MAX_CODE_LENGTH ? [] : chooseByCode(await getSearchIndex(), typed, locale);
  const [only] = matches;
  const target = matches.length === 1 && only ? only.url : codeChooserPath(locale, typed);
  const status = matches.length === 1 ? 308 : 307;
  return new Response(null, {
    status,
    headers: { Location: new URL(target, request.url).pathname, Vary: "Accept-Language, Cookie" },
  });
}
