// `/errors/code/<code>`: a permanent link for a code. One error with the code → its page in the visitor's
// language (308); several or none → the language's code page, which offers the chooser or a real 404.
import { type NextRequest } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { chooseByCode } from "@/lib/search/choose-by-code";
import { codeChooserPath } from "@/lib/site/urls";
import { MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";
import { getSearchIndex } from "@/lib/site/search-service.server";

export async function GET(request: NextRequest, { params }: RouteContext<"/errors/code/[code]">) {
  const { code: encoded } = await params;
  let code: string;
  try {
    code = decodeURIComponent(encoded);
  } catch {
    code = encoded;
  }
  const locale = negotiateLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const typed = code.slice(0, MAX_CODE_LENGTH + 1);
  const matches = typed.length > MAX_CODE_LENGTH ? [] : chooseByCode(await getSearchIndex(), typed, locale);
  const [only] = matches;
  const target = matches.length === 1 && only ? only.url : codeChooserPath(locale, typed);
  const status = matches.length === 1 ? 308 : 307;
  return new Response(null, {
    status,
    headers: { Location: new URL(target, request.url).pathname, Vary: "Accept-Language, Cookie" },
  });
}
