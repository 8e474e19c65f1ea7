// Runs before every page: picks the language for `/`, remembers an explicit language choice,
// and sets the per-path Content-Security-Policy (see lib/site/content-security-policy.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "./lib/site/content-security-policy";
import { embedFrameAncestors } from "./lib/site/embed-origins";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./lib/i18n/negotiate-locale";
import { localeOfPrerenderedPage, missingPagePath } from "./lib/site/urls";

type HashMap = Record<string, string[]>;
let builtHashes: HashMap | undefined;

/** Inline-script hashes of every prerendered page, read once from the build output. */
function readBuiltHashes(): HashMap {
  if (builtHashes) return builtHashes;
  try {
    const file = path.join(process.cwd(), process.env.FIXPATH_DIST_DIR || ".next", "fixpath-csp-hashes.json");
    builtHashes = JSON.parse(readFileSync(file, "utf8")) as HashMap;
  } catch {
    builtHashes = {}; // dev, or a build without the post-build step: nonces cover rendered pages
  }
  return builtHashes;
}

/** Hashes of the page prerendered at this path, or undefined when the path renders on demand. */
function prerenderedHashes(pathname: string): string[] | undefined {
  const route = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const hashes = readBuiltHashes();
  return Object.hasOwn(hashes, route) ? hashes[route] : undefined;
}

/** For pages rendered on demand: the 404 pages' scripts, since Next.js serves those for unknown paths. */
function fallbackHashes(): string[] {
  const hashes = readBuiltHashes();
  return [...(hashes["/_not-found"] ?? []), ...(hashes["/_global-not-found"] ?? [])];
}

/** The locale of an error or article page that the build did not prerender (so its id is unknown). */
function unknownPrerenderedPage(pathname: string) {
  const locale = localeOfPrerenderedPage(pathname);
  const built = readBuiltHashes();
  return locale && Object.keys(built).length > 0 && !prerenderedHashes(pathname) ? locale : undefined;
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

  if (pathname === "/") {
    const locale = negotiateLocale(
      request.cookies.get(LOCALE_COOKIE)?.value,
      request.headers.get("accept-language"),
    );
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return response;
  }

  // A language switch link carries ?lang=<locale>: remember it, then show the clean URL.
  const chosen = searchParams.get("lang");
  if (chosen !== null) {
    const clean = request.nextUrl.clone();
    clean.searchParams.delete("lang");
    const response = NextResponse.redirect(clean, 303);
    if (isLocale(chosen)) {
      response.cookies.set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    }
    return response;
  }

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
  const rewriteTo = malformed ? "/en/invalid-address" : missingIn && missingPagePath(missingIn);
  const response = rewriteTo
    ? NextResponse.rewrite(new URL(rewriteTo, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
