// `/`: the home page in the visitor's language, chosen among the languages served (the folders of content/):
// a remembered choice first, then Accept-Language (`pt-BR` may land on `pt`), else the default.
import type { NextRequest } from "next/server";
import { listLocales } from "@/lib/content/source.server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { homePath } from "@/lib/site/urls";

export async function GET(request: NextRequest) {
  const locale = negotiateLocale(await listLocales(), {
    remembered: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  return new Response(null, {
    status: 307,
    headers: {
      Location: homePath(locale),
      Vary: "Accept-Language, Cookie",
      "Cache-Control": "private, no-store",
    },
  });
}
