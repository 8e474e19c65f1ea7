// `/errors/code/<code>`: a permanent link for a code. One matching error → its page in the visitor's
// language (308); several or none → the language's code page, which offers a chooser or a real 404.
import { type NextRequest } from "next/server";
import { listErrors } from "@/lib/content/source.server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { codeChooserPath, errorPath } from "@/lib/site/urls";
import { findErrorsByCode, MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";

export async function GET(request: NextRequest, { params }: RouteContext<"/errors/code/[code]">) {
  const { code } = await params;
  const locale = negotiateLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const matches = findErrorsByCode(code.slice(0, MAX_CODE_LENGTH + 1), await listErrors(locale));
  const [only] = matches;
  const target =
    matches.length === 1 && only
      ? errorPath(locale, only.id)
      : codeChooserPath(locale, code.slice(0, MAX_CODE_LENGTH + 1));
  const status = matches.length === 1 ? 308 : 307;
  return new Response(null, {
    status,
    headers: { Location: new URL(target, request.url).pathname, Vary: "Accept-Language, Cookie" },
  });
}
