// Runs before every page Next.js answers: remembers an explicit language choice (`?lang=`, from the language
// switch), redirects old `?step=` guided-fix links to their step pages, and sets the per-path
// Content-Security-Policy (see lib/site/content-security-policy.ts). The language of `/` is picked by
// app/route.ts, which knows the languages served.
// In production, scripts/serve.mjs answers prerendered pages before Next.js (and this proxy) sees them, with the
// policy computed at build time; what reaches this code is what renders per request, client navigation, and
// `next start` run without that server. The API, `/_next/` and public files never need it (see `config`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "./lib/site/content-security-policy";
import { embedFrameAncestors } from "./lib/site/embed-origins";
import { DEFAULT_LOCALE, LOCALE_COOKIE } from "./lib/i18n/negotiate-locale";
import { normalizeLocaleTag } from "./lib/schema/locales";
import { STATIC_PAGES_MANIFEST_FILE, type StaticPagesManifest } from "./lib/schema/static-pages";
import {
  LANGUAGE_CHOICE_PARAM,
  legacyFlowStepRedirect,
  localeOfPrerenderedPage,
  missingPagePath,
  withoutLanguageChoice,
} from "./lib/site/urls";

type ScriptHashes = Pick<StaticPagesManifest, "fallbackScriptHashes"> & {
  pages: Record<string, { scriptHashes: string[] }>;
};
let builtHashes: ScriptHashes | undefined;

/** Inline-script hashes of every prerendered page, read once from the build's static pages manifest. */
function readBuiltHashes(): ScriptHashes {
  if (builtHashes) return builtHashes;
  try {
    const file = path.join(
      process.cwd(),
      process.env.FIXPATH_DIST_DIR || ".next",
      STATIC_PAGES_MANIFEST_FILE,
    );
    builtHashes = JSON.parse(readFileSync(file, "utf8")) as ScriptHashes;
  } catch {
    builtHashes = { pages: {}, fallbackScriptHashes: [] }; // dev, or a build without the post-build step
  }
  return builtHashes;
}

/** Hashes of the page prerendered at this path, or undefined when the path renders on demand. */
function prerenderedHashes(pathname: string): string[] | undefined {
  const route = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const { pages } = readBuiltHashes();
  return Object.hasOwn(pages, route) ? pages[route]?.scriptHashes : undefined;
}

/** For pages rendered on demand: the 404 pages' scripts, since Next.js serves those for unknown paths. */
function fallbackHashes(): string[] {
  return readBuiltHashes().fallbackScriptHashes;
}

/** A locale the build prerendered a home page for, i.e. one it serves (the proxy cannot read the catalog). */
function isBuiltLocale(locale: string): boolean {
  return prerenderedHashes(`/${locale}`) !== undefined;
}

/**
 * The locale of an error or article page that the build did not prerender (so its id is unknown), when the
 * build served that locale at all; an unserved locale is left to the router's global 404.
 */
function unknownPrerenderedPage(pathname: string) {
  const locale = localeOfPrerenderedPage(pathname);
  return locale && isBuiltLocale(locale) && !prerenderedHashes(pathname) ? locale : undefined;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;

  // A language switch link carries ?lang=<locale>: remember it, then show the same URL without it (every
  // other parameter byte for byte, so a search or a guided fix's step survives). Only a well-formed tag is
  // stored; whether it is served is decided where it is read, among the languages on offer.
  const chosen = searchParams.get(LANGUAGE_CHOICE_PARAM);
  if (chosen !== null) {
    const clean = request.nextUrl.clone();
    clean.search = withoutLanguageChoice(request.nextUrl.search);
    const response = NextResponse.redirect(clean, 303);
    const locale = normalizeLocaleTag(chosen);
    if (locale) {
      response.cookies.set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    }
    return response;
  }

  // An old guided-fix link (`/fix?step=x&trail=…`): each step is a page of its own now (`/fix/x?trail=…`).
  // scripts/serve.mjs lets `?step=` through to here (the manifest's passThroughParams).
  const moved = legacyFlowStepRedirect(pathname, request.nextUrl.search);
  if (moved !== undefined) return NextResponse.redirect(new URL(moved, request.url), 308);

  // A malformed escape (`/sv/errors/%E0%A4%A`) would make the router throw: answer it as an unknown page.
  const malformed = !isDecodable(pathname);

  const development = process.env.NODE_ENV === "development";
  const frameAncestors = pathname.startsWith("/embed/")
    ? embedFrameAncestors(process.env.FIXPATH_EMBED_ORIGINS)
    : "'none'";
  const prerendered = malformed ? undefined : prerenderedHashes(pathname);
  if (prerendered && !development) {
    // A prerendered page's scripts are known: its hashes suffice, and the request passes through untouched.
    const response = NextResponse.next();
    response.headers.set(
      "Content-Security-Policy",
      buildContentSecurityPolicy({ scriptHashes: prerendered, frameAncestors }),
    );
    return response;
  }
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({
    scriptHashes: fallbackHashes(),
    nonce,
    frameAncestors,
    development,
  });
  // Next.js reads the nonce from the request's CSP header when it renders a page on demand.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  // Every error and article page is prerendered, so a path of theirs without a build entry names an unknown
  // id: it goes to the language's own 404, rendered per request with this nonce.
  const missingIn = development || malformed ? undefined : unknownPrerenderedPage(pathname);
  const rewriteTo = malformed
    ? `/${DEFAULT_LOCALE}/invalid-address`
    : missingIn && missingPagePath(missingIn);
  const response = rewriteTo
    ? NextResponse.rewrite(new URL(rewriteTo, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: JSON, feeds, scripts and build assets carry no inline scripts and no language choice.
  matcher: [
    "/((?!_next/|api/|opensearch/|favicon\\.ico|icon\\.svg|sitemap\\.xml|robots\\.txt|embed[^/]*\\.js).*)",
  ],
};
